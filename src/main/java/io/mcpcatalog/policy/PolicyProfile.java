package io.mcpcatalog.policy;

import io.mcpcatalog.classify.Category;
import java.util.EnumMap;
import java.util.Map;

/**
 * A named set of per-category defaults (see policy/profiles.yaml) with the default cap for amounts of Financial
 * tools, in the currency's main unit.
 */
public record PolicyProfile(String id, String summary, long amountCap, Map<Category, CategoryDefaults> categories) {

    public PolicyProfile {
        categories = Map.copyOf(new EnumMap<>(categories));
        for (Category category : Category.values()) {
            if (!categories.containsKey(category)) {
                throw new IllegalArgumentException("profile " + id + " has no rule for " + category.label());
            }
        }
        if (amountCap < 1) {
            throw new IllegalArgumentException("profile " + id + ": amount_cap must be at least 1");
        }
    }

    public CategoryDefaults defaults(Category category) {
        return categories.get(category);
    }
}

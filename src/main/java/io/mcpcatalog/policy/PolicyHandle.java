package io.mcpcatalog.policy;

import io.mcpcatalog.classify.Category;
import java.util.Set;

/**
 * A schema handle a careful operator would constrain: a parameter (by name) of tools in some categories,
 * and the deny rule to put on it. {@code op} and {@code value} are applied to {@code args.<param>}.
 */
public record PolicyHandle(String id, Set<Category> categories, Set<String> paramNames, String op, Object value,
                           String onDeny, String explanation) {

    public PolicyHandle {
        categories = Set.copyOf(categories);
        paramNames = paramNames.stream().map(PolicyHandle::normalise).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** True for a parameter of this name (case, '_' and '-' ignored) on a tool of one of these categories. */
    public boolean appliesTo(Category category, String paramName) {
        return categories.contains(category) && paramNames.contains(normalise(paramName));
    }

    private static String normalise(String name) {
        return name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}

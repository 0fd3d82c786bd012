package io.mcpcatalog.catalog;

import io.mcpcatalog.classify.Category;
import java.util.EnumMap;
import java.util.Map;

/** A server with the number of its tools per category (every category present, zero when none). */
public record ServerSummary(ServerInfo server, int toolCount, Map<Category, Integer> countsByCategory) {

    /** A count of zero for every category, in category order. */
    public static Map<Category, Integer> zeroCounts() {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            counts.put(category, 0);
        }
        return counts;
    }

    /** How many tools can modify or destroy something: everything but Read. */
    public int modifyingCount() {
        return toolCount - countsByCategory.getOrDefault(Category.READ, 0);
    }
}

package io.mcpcatalog.policy;

import io.mcpcatalog.classify.Category;
import io.mcpcatalog.extract.ToolParam;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Which parameters a handle applies to: by name (case, '_' and '-' ignored), JSON type and tool category. */
public record HandleScope(String id, Set<Category> categories, Set<String> paramNames, Set<String> types) {

    public HandleScope {
        categories = Set.copyOf(categories);
        paramNames = paramNames.stream().map(HandleScope::normalise).collect(Collectors.toUnmodifiableSet());
        types = Set.copyOf(types);
        if (categories.isEmpty() || paramNames.isEmpty() || types.isEmpty()) {
            throw new IllegalArgumentException("handle " + id + ": needs categories, params and types");
        }
    }

    /** True for a parameter of a listed name on a tool of a listed category; an untyped parameter counts as a string. */
    public boolean appliesTo(Category category, ToolParam param) {
        String type = param.type() == null || param.type().isBlank() ? "string" : param.type();
        return categories.contains(category) && paramNames.contains(normalise(param.name())) && types.contains(type);
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}

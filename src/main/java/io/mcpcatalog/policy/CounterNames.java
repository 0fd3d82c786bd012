package io.mcpcatalog.policy;

import java.util.Locale;

/** Rate-limit counter names per TAXONOMY.md: lower-case, runs outside [a-z0-9] become one '_', then "_rate". */
public final class CounterNames {

    private CounterNames() {
    }

    public static String counterFor(String toolName) {
        return toolName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_rate";
    }
}

package io.mcpcatalog.policy;

import java.util.List;

/**
 * A test written with wildcards only ({@code *} any text, {@code \*} a star, as Cedar's {@code like}): it holds
 * when any pattern matches, or, when {@code negated}, when none does.
 */
public record Wildcards(List<String> patterns, boolean negated) {

    public Wildcards {
        patterns = List.copyOf(patterns);
        if (patterns.isEmpty()) {
            throw new IllegalArgumentException("wildcards need at least one pattern");
        }
    }

    /** Escapes text so that it matches only itself: a star becomes {@code \*}. */
    public static String literal(String text) {
        return text.replace("*", "\\*");
    }
}

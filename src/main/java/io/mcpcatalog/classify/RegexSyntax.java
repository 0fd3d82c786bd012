package io.mcpcatalog.classify;

/** Where a character class or a group of a Java regex source ends, for the scans that read rule patterns. */
final class RegexSyntax {

    private RegexSyntax() {
    }

    /**
     * The index of the ']' closing the class opened at {@code open}. As in java.util.regex, a ']' first in a class
     * (after an optional '^') is a member, and a '[' inside opens a nested class. Throws IllegalArgumentException
     * for an unclosed class or quoting (\Q), which this does not read.
     */
    static int classEnd(String source, int open) {
        int i = open + 1;
        i += source.startsWith("^", i) ? 1 : 0;
        i += source.startsWith("]", i) ? 1 : 0;
        for (; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                if (i + 1 < source.length() && source.charAt(i + 1) == 'Q') {
                    throw new IllegalArgumentException("quoting in a class");
                }
                i++;
            } else if (c == '[') {
                i = classEnd(source, i);
            } else if (c == ']') {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed class");
    }

    /** The index of the ')' closing the group opened at {@code open}; throws IllegalArgumentException if none. */
    static int groupEnd(String source, int open) {
        int depth = 0;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(source, i);
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unclosed group");
    }
}

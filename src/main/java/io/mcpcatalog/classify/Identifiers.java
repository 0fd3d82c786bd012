package io.mcpcatalog.classify;

/**
 * Identifiers in prose: "Related: project_create, project_delete" names other tools, so a description's words inside
 * a snake_case name say nothing about what this tool does.
 */
final class Identifiers {

    private Identifiers() {
    }

    /** True when text[start, end) is joined by an underscore to a letter or digit before it or after it. */
    static boolean inside(char[] text, int start, int end) {
        return start >= 2 && text[start - 1] == '_' && Character.isLetterOrDigit(text[start - 2])
                || end + 1 < text.length && text[end] == '_' && Character.isLetterOrDigit(text[end + 1]);
    }
}

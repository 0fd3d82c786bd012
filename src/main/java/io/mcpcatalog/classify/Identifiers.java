package io.mcpcatalog.classify;

/**
 * Identifiers in prose: "Related: project_create, project_delete" names other tools, so a description's words inside
 * a snake_case name say nothing about what this tool does; nor does a member of an object in a code sample
 * ("url.searchParams.delete('sslmode')") or a quoted word in a list of quoted values ("special keys like \"enter\",
 * \"backspace\", \"delete\"").
 */
final class Identifiers {

    private Identifiers() {
    }

    /**
     * True when text[start, end) is joined by an underscore to a letter or digit before it or after it, follows a
     * dot that follows one, or is a quoted value in a list.
     */
    static boolean inside(char[] text, int start, int end) {
        return start >= 2 && (text[start - 1] == '_' || text[start - 1] == '.')
                && Character.isLetterOrDigit(text[start - 2])
                || end + 1 < text.length && text[end] == '_' && Character.isLetterOrDigit(text[end + 1])
                || listedValue(text, start, end);
    }

    /** True when text[start, end) is quoted and a comma joins it to the quoted value before or after it. */
    private static boolean listedValue(char[] text, int start, int end) {
        if (start == 0 || end >= text.length || text[start - 1] != '"' || text[end] != '"') {
            return false;
        }
        return start >= 4 && text[start - 2] == ' ' && text[start - 3] == ',' && text[start - 4] == '"'
                || end + 3 < text.length && text[end + 1] == ',' && text[end + 2] == ' ' && text[end + 3] == '"';
    }
}

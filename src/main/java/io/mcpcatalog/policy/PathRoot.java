package io.mcpcatalog.policy;

import java.util.List;

/**
 * A folder that path arguments are confined to, and the tests that say a path is outside it, written as a regular
 * expression without look-around (so RE2 gateways can run it) and as wildcards.
 */
public record PathRoot(String folder) {

    private static final int MAX_LENGTH = 512;
    private static final String REGEX_SPECIAL = "\\.[]{}()*+?^$|";

    /** An absolute folder without '..' segments or control characters; a trailing '/' is dropped. */
    public static PathRoot of(String text) {
        String folder = text == null ? "" : text.strip();
        if (folder.isEmpty() || folder.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("root must be an absolute folder of at most " + MAX_LENGTH + " characters");
        }
        if (!folder.startsWith("/")) {
            throw new IllegalArgumentException("root must be an absolute folder starting with '/': '" + folder + "'");
        }
        if (folder.chars().anyMatch(c -> c < 0x20 || c == 0x7f) || folder.matches(".*(^|/)\\.\\.(/|$).*")) {
            throw new IllegalArgumentException("root must not contain '..' segments or control characters");
        }
        while (folder.length() > 1 && folder.endsWith("/")) {
            folder = folder.substring(0, folder.length() - 1);
        }
        return new PathRoot(folder);
    }

    /** What a path inside the folder starts with: the folder and a '/'. */
    private String prefix() {
        return folder.endsWith("/") ? folder : folder + "/";
    }

    /**
     * Matches a path that is neither the folder nor below it. Built as "the path leaves the prefix at character i"
     * for every i, nested so that its length grows with the folder's: ^(?:[^/]|$|/(?:[^s]|$|s(?:...))).
     */
    public String outsideRegex() {
        String prefix = prefix();
        StringBuilder regex = new StringBuilder("^");
        for (int i = 0; i < prefix.length(); i++) {
            boolean last = i == prefix.length() - 1;
            char c = prefix.charAt(i);
            regex.append("(?:[^").append(classEscape(c)).append(']');
            // Ending just before the final '/' is the folder itself, which is inside.
            if (!(last && !prefix.equals(folder))) {
                regex.append("|$");
            }
            if (!last) {
                regex.append('|').append(escape(c));
            }
        }
        regex.append(")".repeat(prefix.length()));
        return regex.toString();
    }

    /** The same test as wildcards: the path is not the folder and matches no "folder/*". */
    public Wildcards outsideWildcards() {
        return new Wildcards(List.of(Wildcards.literal(folder), Wildcards.literal(prefix()) + "*")
                .stream().distinct().toList(), true);
    }

    /** Matches a path with a '..' segment. */
    public static String traversalRegex() {
        return "(^|[/\\\\])\\.\\.([/\\\\]|$)";
    }

    public static Wildcards traversalWildcards() {
        return new Wildcards(List.of("..", "../*", "*/..", "*/../*"), false);
    }

    private static String escape(char c) {
        return REGEX_SPECIAL.indexOf(c) >= 0 ? "\\" + c : String.valueOf(c);
    }

    private static String classEscape(char c) {
        return "\\]^-[".indexOf(c) >= 0 ? "\\" + c : String.valueOf(c);
    }
}

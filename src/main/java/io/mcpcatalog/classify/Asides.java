package io.mcpcatalog.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words right before a match that make it something other than the tool's own effect: a topic the tool explains
 * ("questions like \"how to create subscription\"", "how to safely delete") or the job of another tool the
 * description points to ("Use execute_sql to run queries", "call the `delete_file` tool to remove it").
 */
final class Asides {

    /** Ends with "how to" or "use/call/invoke/try [the] some_tool [tool] to", then at most an adverb in -ly. */
    private static final Pattern BEFORE = Pattern.compile("(?:(?<![\\p{L}\\p{N}])how"
            + "|(?<![\\p{L}\\p{N}])(?:use|call|invoke|try)\\s+(?:the\\s+)?`?[\\p{L}\\p{N}]+(?:[_-][\\p{L}\\p{N}]+)+`?"
            + "(?:\\s+tool)?)\\s+to\\s+(?:\\p{L}+ly\\s+)?$");
    private static final int LOOK_BACK = 80;

    private Asides() {
    }

    /** True when the lower-case text before {@code start} sets what starts there aside. */
    static boolean before(String lower, int start) {
        // Most matches follow no "to": only those are worth the regex.
        if (!toBefore(lower, start)) {
            return false;
        }
        Matcher matcher = BEFORE.matcher(lower).useTransparentBounds(true);
        return matcher.region(Math.max(0, start - LOOK_BACK), start).find();
    }

    /** True when "to" is the last or the second-to-last word before {@code start}. */
    private static boolean toBefore(String lower, int start) {
        int end = start;
        for (int words = 0; words < 2; words++) {
            while (end > 0 && Character.isWhitespace(lower.charAt(end - 1))) {
                end--;
            }
            if (end >= 3 && lower.startsWith("to", end - 2) && Character.isWhitespace(lower.charAt(end - 3))) {
                return true;
            }
            while (end > 0 && Character.isLetter(lower.charAt(end - 1))) {
                end--;
            }
        }
        return false;
    }
}

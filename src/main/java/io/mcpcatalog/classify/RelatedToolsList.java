package io.mcpcatalog.classify;

/**
 * Whether a match lies on an item of a list headed "Related tools:", "Other tools:" or "Similar tool:" ("Related
 * tools:\n- trigger_pipeline: Trigger a pipeline"): another tool's job, not this one's. The lines are walked up from
 * the match, at most {@value #MAX_ITEMS_BEFORE} items, the heading starting within {@value #LOOK_BACK} characters;
 * a regex searching that far back at each match cost more than the rules' own matching.
 */
final class RelatedToolsList {

    private static final int MAX_ITEMS_BEFORE = 30;
    private static final int LOOK_BACK = 2000;
    private static final String[] HEADING_WORDS = {"related", "other", "similar"};

    private RelatedToolsList() {
    }

    /** True when {@code start} of the lower-case text is on a list item under such a heading. */
    static boolean holds(String lower, int start) {
        int lineStart = lower.lastIndexOf('\n', start - 1) + 1;
        if (lineStart == 0 || !item(lower, lineStart, start)) {
            return false;
        }
        int limit = Math.max(0, start - LOOK_BACK);
        for (int items = 0; ; items++) {
            int lineBreak = lineStart - 1;
            if (headingEndsAt(lower, lineBreak, limit)) {
                return true;
            }
            lineStart = lower.lastIndexOf('\n', lineBreak - 1) + 1;
            if (items == MAX_ITEMS_BEFORE || lineStart == 0 || !item(lower, lineStart, lineBreak)) {
                return false;
            }
        }
    }

    /** True when the line from {@code from} begins, before {@code to}, with a list marker after spaces or tabs. */
    private static boolean item(String lower, int from, int to) {
        int first = from;
        while (first < to && (lower.charAt(first) == ' ' || lower.charAt(first) == '\t')) {
            first++;
        }
        return first < to && "-*\u2022".indexOf(lower.charAt(first)) >= 0;
    }

    /** True when the text before the line break reads "related tools:" (spaces or tabs after the colon). */
    private static boolean headingEndsAt(String lower, int lineBreak, int limit) {
        int end = lineBreak;
        while (end > 0 && (lower.charAt(end - 1) == ' ' || lower.charAt(end - 1) == '\t')) {
            end--;
        }
        if (end == 0 || lower.charAt(end - 1) != ':') {
            return false;
        }
        end--;
        while (end > 0 && isSpace(lower.charAt(end - 1))) {
            end--;
        }
        int tool = lower.startsWith("tools", end - 5) ? 5 : lower.startsWith("tool", end - 4) ? 4 : -1;
        if (tool < 0 || end - tool < 1 || lower.charAt(end - tool - 1) != ' ') {
            return false;
        }
        end -= tool + 1;
        for (String word : HEADING_WORDS) {
            if (end - word.length() >= limit && lower.startsWith(word, end - word.length())) {
                return true;
            }
        }
        return false;
    }

    /** What \s matches in a regex. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}

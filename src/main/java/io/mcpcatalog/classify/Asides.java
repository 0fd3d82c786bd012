package io.mcpcatalog.classify;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words right before a match that make it something other than the tool's own effect: a topic the tool explains
 * ("questions like \"how to create subscription\"", "how to safely delete"), the job of another tool the
 * description points to ("Use execute_sql to run queries", "call the `delete_file` tool to remove it"), what the
 * caller must have done first ("you should first create an order using the Create Order API") or may do after
 * ("connect again before you can execute queries"), advice on how to reach a goal by other means ("To change
 * those, delete and recreate the integration"), or another API's title ("using the Create Order API"). An item of
 * a list of other tools is {@link RelatedToolsList}'s.
 */
final class Asides {

    /** Another tool named by its identifier ("`delete_file`", "execute-sql"): words joined by _ or -, maybe quoted. */
    private static final String TOOL_IDENTIFIER = "`?[\\p{L}\\p{N}]+(?:[_-][\\p{L}\\p{N}]+)+`?";
    /**
     * Ends with "how to", "use/call/invoke/try [the] some_tool [tool] to", "you should/must/need to [first]",
     * "before/until/so [that] you can" or a sentence's leading "To do something,", then at most an adverb in -ly.
     */
    private static final Pattern BEFORE = Pattern.compile("(?:(?:(?<![\\p{L}\\p{N}])how"
            + "|(?<![\\p{L}\\p{N}])(?:use|call|invoke|try)\\s+(?:the\\s+)?" + TOOL_IDENTIFIER
            + "(?:\\s+tool)?)\\s+to"
            + "|(?<![\\p{L}\\p{N}])you\\s+(?:should|must|(?:will\\s+)?(?:need|have)\\s+to)(?:\\s+(?:first|also))?"
            + "|(?<![\\p{L}\\p{N}])(?:before|until|so|so\\s+that)\\s+you\\s+can"
            + "|(?:^|[.!?:]\\s+)to\\s+[^,.!?:]{1,60},)"
            + "\\s+(?:\\p{L}+ly\\s+)?$");
    /** The words of which one must be among the two before a match for {@link #BEFORE} to be worth trying. */
    private static final String[] CUES = {"to", "should", "must", "first", "also", "can"};
    private static final int LOOK_BACK = 80;
    /** "to" and at most an adverb right before the match: something the caller wants done. */
    private static final Pattern TO_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])to\\s+(?:\\p{L}+ly\\s+)?$");
    /** The rest of the sentence names another tool to use instead (before or after the word "instead"). */
    private static final Pattern OTHER_TOOL_INSTEAD = Pattern.compile("[^.!?\\n]{0,80}?(?<![\\p{L}\\p{N}])(?:"
            + "(?:use|call|try)\\s+(?:the\\s+)?" + TOOL_IDENTIFIER + "(?:\\s+tool)?\\s+instead"
            + "|instead,?\\s+(?:use|call)\\s+(?:the\\s+)?" + TOOL_IDENTIFIER + ")");
    private static final int INSTEAD_REACH = 80;
    /** What may follow the title of another API or tool ("using the Create Order API"). */
    private static final String[] TITLED = {" api", " endpoint", " tool"};

    private Asides() {
    }

    /** True when the lower-case text before {@code start} sets what starts there aside. */
    static boolean before(String lower, int start) {
        // Most matches follow none of the cue words: only those are worth the regex.
        if (!cueBefore(lower, start)) {
            return false;
        }
        Matcher matcher = BEFORE.matcher(lower).useTransparentBounds(true);
        return matcher.region(Math.max(0, start - LOOK_BACK), start).find();
    }

    /**
     * True when the match is what the caller may want to do instead and the sentence sends them to another tool
     * for it: "To permanently remove a task instead, use delete_task", "You want to remove a torrent (use
     * transmission_remove_torrent instead)". Only after "to", so that a tool's own leading verb ("Deletes a record;
     * use bulk_delete instead for many") is never set aside.
     */
    static boolean otherToolInstead(String lower, int start, int end) {
        int instead = lower.indexOf("instead", end);
        if (instead < 0 || instead - end > INSTEAD_REACH || !TO_BEFORE.matcher(lower).region(Math.max(0, start - 24),
                start).useTransparentBounds(true).find()) {
            return false;
        }
        return OTHER_TOOL_INSTEAD.matcher(lower).region(end, Math.min(lower.length(), end + 2 * INSTEAD_REACH))
                .lookingAt();
    }

    /** True when the match, capitalised as written, is followed by "API", "endpoint" or "tool": another's title. */
    static boolean titleOfAnother(String original, int start, int end) {
        if (!Character.isUpperCase(original.charAt(start))) {
            return false;
        }
        for (String titled : TITLED) {
            int after = end + titled.length();
            if (original.regionMatches(true, end, titled, 0, titled.length())
                    && (after == original.length() || !Character.isLetterOrDigit(original.charAt(after)))) {
                return true;
            }
        }
        return false;
    }

    /** True when a cue word is the last or the second-to-last word before {@code start}, or a comma is right before. */
    private static boolean cueBefore(String lower, int start) {
        int end = start;
        while (end > 0 && Character.isWhitespace(lower.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && lower.charAt(end - 1) == ',') {
            return true;
        }
        end = start;
        for (int words = 0; words < 2; words++) {
            while (end > 0 && Character.isWhitespace(lower.charAt(end - 1))) {
                end--;
            }
            int wordEnd = end;
            while (end > 0 && Character.isLetter(lower.charAt(end - 1))) {
                end--;
            }
            if (end > 0 && Character.isWhitespace(lower.charAt(end - 1)) && isCue(lower, end, wordEnd)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCue(String lower, int from, int to) {
        for (String cue : CUES) {
            if (cue.length() == to - from && lower.startsWith(cue, from)) {
                return true;
            }
        }
        return false;
    }
}

package io.mcpcatalog.classify;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's regex, matched on lower-cased text and, by default, on whole words. Java regex costs tens of
 * nanoseconds per character, so a match is only tried where it can start: after a non-letter (whole words), where
 * the {@link StartTable} says the first two characters fit, and only at the text's start when every top-level
 * alternative is anchored with ^. These change how fast, never what matches.
 */
public final class RulePattern {

    /** Escapes such as \W, \p{Lu}, \x{E0000} or \uFEFF, whose capitals are not letters to match. */
    private static final Pattern ESCAPES = Pattern.compile("\\\\(?:[pPx]\\{[^}]*\\}|u\\p{XDigit}{4}|.)");

    private final String source;
    private final Pattern pattern;
    private final boolean wholeWords;
    private final StartTable starts;
    /** True when every top-level alternative begins with ^: only offset 0 can match, so no other is tried. */
    private final boolean anchored;
    /** A matcher per thread, re-targeted at each text: creating one costs more than most match attempts. */
    private final ThreadLocal<Matcher> matchers;

    private RulePattern(String source, Pattern pattern, boolean wholeWords) {
        this.source = source;
        this.pattern = pattern;
        this.wholeWords = wholeWords;
        this.starts = new StartTable(pattern, !source.contains("(?<=") && !source.contains("\\B"));
        this.anchored = anchoredAlternatives(source);
        this.matchers = ThreadLocal.withInitial(
                () -> pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false));
    }

    /** Throws IllegalArgumentException for bad syntax or a capital letter (it could never match lower-case text). */
    public static RulePattern compile(String source, boolean wholeWords) {
        if (ESCAPES.matcher(source).replaceAll("").chars().anyMatch(Character::isUpperCase)) {
            throw new IllegalArgumentException("pattern must be lower-case (text is lower-cased): " + source);
        }
        Pattern pattern = Pattern.compile(wholeWords ? "(?<![\\p{L}\\p{N}])(?:" + source + ")(?![\\p{L}\\p{N}])"
                : source);
        return new RulePattern(source, pattern, wholeWords);
    }

    /** The first match in the text's lower-cased form that starts at or after {@code from}, or null. */
    MatchResult find(SignalText text, int from) {
        // No ASCII offset can start a match (an invisible-character finding) and the text is all ASCII.
        if (starts.asciiNeverStarts() && text.ascii()) {
            return null;
        }
        String lower = text.lower();
        int[] offsets = text.wordStarts();
        int[] codes = text.startCodes();
        int count = wholeWords ? offsets.length : lower.length();
        if (anchored) {
            count = from == 0 ? Math.min(1, count) : 0;
        }
        Matcher matcher = null;
        for (int k = 0; k < count; k++) {
            int i = wholeWords ? offsets[k] : k;
            if (i < from || !starts.mayStart(wholeWords ? codes[k] : StartTable.code(lower, i))) {
                continue;
            }
            if (matcher == null) {
                matcher = matchers.get().reset(lower);
            }
            if (matcher.region(i, lower.length()).lookingAt()) {
                return matcher.toMatchResult();
            }
        }
        return null;
    }

    /** The compiled regex as a plain scan would use it; {@link #find} must agree with it. */
    Pattern regex() {
        return pattern;
    }

    /** The pattern as the rule file wrote it, like {@link Pattern#pattern()}. */
    public String pattern() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }

    /**
     * True when the source is "^..." or "^...|^..." at the top level (outside groups and classes) and sets no
     * flags, so that ^ means the start of the text: such a pattern cannot match anywhere else.
     */
    static boolean anchoredAlternatives(String source) {
        if (source.contains("(?m") || source.contains("(?-") || source.contains("(?i")) {
            return false;
        }
        int depth = 0;
        boolean inClass = false;
        boolean alternativeStart = true;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (alternativeStart && c != '^') {
                return false;
            }
            alternativeStart = false;
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                alternativeStart = true;
            }
        }
        return !alternativeStart;
    }
}

package io.mcpcatalog.classify;

import java.util.BitSet;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's regex, matched on lower-cased text and, by default, on whole words. Java regex costs tens of
 * nanoseconds per character, so a match is only tried where it can start: after a non-letter (whole words)
 * and where the first two characters are ones the pattern can begin with, at the text's start or after a space
 * (where an anchored "^verb" pattern cannot). Those tables are learnt once, at compile time, by asking the regex
 * itself (an attempt that fails without reading past the input's end cannot succeed with more input), so they
 * change how fast, never what matches. Lookbehinds must be negative: a positive one turns the tables off.
 */
public final class RulePattern {

    private static final int ASCII = 128;
    /** Escapes such as \W, \p{Lu}, \x{E0000} or \uFEFF, whose capitals are not letters to match. */
    private static final Pattern ESCAPES = Pattern.compile("\\\\(?:[pPx]\\{[^}]*\\}|u\\p{XDigit}{4}|.)");

    private final String source;
    private final Pattern pattern;
    private final boolean wholeWords;
    /** Bit c1 * ASCII + c2 is set when a match can start with c1 c2 (c2 = 0: c1 ends the text). */
    private final BitSet startPairs;
    /** The same for a match right after a space; a subset of startPairs. */
    private final BitSet afterSpacePairs;

    private RulePattern(String source, Pattern pattern, boolean wholeWords) {
        this.source = source;
        this.pattern = pattern;
        this.wholeWords = wholeWords;
        boolean probesSeeEnough = !source.contains("(?<=") && !source.contains("\\B");
        this.startPairs = startPairs(pattern, "", null, probesSeeEnough);
        this.afterSpacePairs = startPairs(pattern, " ", startPairs, probesSeeEnough);
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
        String lower = text.lower();
        Matcher matcher = null;
        int[] starts = text.wordStarts();
        int count = wholeWords ? starts.length : lower.length();
        for (int k = 0; k < count; k++) {
            int i = wholeWords ? starts[k] : k;
            if (i < from || !mayStartAt(lower, i)) {
                continue;
            }
            if (matcher == null) {
                matcher = pattern.matcher(lower).useTransparentBounds(true).useAnchoringBounds(false);
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

    private boolean mayStartAt(String text, int i) {
        char first = text.charAt(i);
        char second = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        BitSet pairs = i > 0 && text.charAt(i - 1) == ' ' ? afterSpacePairs : startPairs;
        return first >= ASCII || second >= ASCII || pairs.get(first * ASCII + second);
    }

    /** Pairs c1 c2 a match can start with right after {@code before}, among the {@code candidates} (null: all). */
    private static BitSet startPairs(Pattern pattern, String before, BitSet candidates, boolean probesSeeEnough) {
        BitSet pairs = new BitSet(ASCII * ASCII);
        if (!probesSeeEnough) {
            pairs.set(0, ASCII * ASCII);
            return pairs;
        }
        for (char first = 1; first < ASCII; first++) {
            if ((candidates == null || candidates.get(first * ASCII)) && canStart(pattern, before, "" + first)) {
                pairs.set(first * ASCII);
                for (char second = 1; second < ASCII; second++) {
                    if (canStart(pattern, before, "" + first + second)) {
                        pairs.set(first * ASCII + second);
                    }
                }
            }
        }
        return pairs;
    }

    private static boolean canStart(Pattern pattern, String before, String probe) {
        String text = before + probe;
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false)
                .region(before.length(), text.length());
        return matcher.lookingAt() || matcher.hitEnd();
    }
}

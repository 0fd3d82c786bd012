package io.mcpcatalog.classify;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a rule's regex can start, learnt once by asking the regex itself: an attempt that fails without reading past
 * the end of a short probe cannot succeed with more input. A text offset is then tried only when its first two
 * characters (right after a space, or anywhere) are ones the regex can begin with. The tables
 * change how fast a rule runs, never what it matches; lookbehinds must be negative (a positive one, or \B, turns
 * the tables off). Characters outside ASCII are not tabled: an offset with one is always tried.
 */
final class StartTable {

    private static final int ASCII = 128;
    private static final int PAIRS = ASCII * ASCII;
    /** Code layout: bits 0-13 the pair, then a flag for a space right before the offset. */
    private static final int AFTER_SPACE = 1 << 14;
    /** The code of an offset whose first or second character is outside ASCII: always tried. */
    static final int ANY = -1;

    private final long[] anywhere;
    private final long[] afterSpace;

    StartTable(Pattern pattern, boolean probesSeeEnough) {
        BitSet anywherePairs = pairs(pattern, "", null, probesSeeEnough);
        this.anywhere = anywherePairs.toLongArray();
        this.afterSpace = pairs(pattern, " ", anywherePairs, probesSeeEnough).toLongArray();
    }

    /** True when no ASCII offset can start a match: such a rule only looks for other characters. */
    boolean asciiNeverStarts() {
        return anywhere.length == 0;
    }

    /** The code of offset {@code i} of a lower-cased text, computed once per text for all rules. */
    static int code(String text, int i) {
        char first = text.charAt(i);
        char second = i + 1 < text.length() ? text.charAt(i + 1) : 0;
        if (first >= ASCII || second >= ASCII) {
            return ANY;
        }
        return first * ASCII + second | (i > 0 && text.charAt(i - 1) == ' ' ? AFTER_SPACE : 0);
    }

    boolean mayStart(int code) {
        if (code == ANY) {
            return true;
        }
        return get((code & AFTER_SPACE) != 0 ? afterSpace : anywhere, code & (PAIRS - 1));
    }

    private static boolean get(long[] words, int bit) {
        int word = bit >>> 6;
        return word < words.length && (words[word] & 1L << bit) != 0;
    }

    /** Pairs c1 c2 a match can start with right after {@code before}, among the {@code candidates} (null: all). */
    private static BitSet pairs(Pattern pattern, String before, BitSet candidates, boolean probesSeeEnough) {
        BitSet pairs = new BitSet(PAIRS);
        if (!probesSeeEnough) {
            pairs.set(0, PAIRS);
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

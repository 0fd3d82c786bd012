package io.mcpcatalog.classify;

import java.util.Arrays;

/**
 * A text as written and lower-cased char by char, so that offsets agree (patterns are lower-case and compiled
 * case-sensitive, several times faster than case-insensitive), with the offsets where a whole word can start,
 * computed once for all the rules that read this text.
 */
final class SignalText {

    /** Per ASCII character, its lower case and whether it is part of a word: looked up, branching less. */
    private static final char[] ASCII_LOWER = asciiLower();
    private static final boolean[] ASCII_WORD = asciiWord();

    private final String original;
    private final String lower;
    private final char[] lowerChars;
    private final int[] wordStarts;
    private final boolean ascii;

    private SignalText(String original, String lower, char[] lowerChars, int[] wordStarts, boolean ascii) {
        this.original = original;
        this.lower = lower;
        this.lowerChars = lowerChars;
        this.wordStarts = wordStarts;
        this.ascii = ascii;
    }

    static SignalText of(String original) {
        char[] lower = original.toCharArray();
        int[] starts = new int[Math.max(8, lower.length / 4)];
        int count = 0;
        boolean ascii = true;
        boolean changed = false;
        boolean previousIsWord = false;
        for (int i = 0; i < lower.length; i++) {
            char c = lower[i];
            if (!previousIsWord) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
            }
            char lowered;
            if (c < 128) {
                lowered = ASCII_LOWER[c];
                previousIsWord = ASCII_WORD[c];
            } else {
                ascii = false;
                lowered = Character.toLowerCase(c);
                previousIsWord = Character.isLetterOrDigit(c);
            }
            changed |= lowered != c;
            lower[i] = lowered;
        }
        // Names and parameters arrive lower-cased already (NameWords): then the text is its own lower case.
        return new SignalText(original, changed ? new String(lower) : original, lower, Arrays.copyOf(starts, count),
                ascii);
    }

    private static char[] asciiLower() {
        char[] lower = new char[128];
        for (char c = 0; c < 128; c++) {
            lower[c] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return lower;
    }

    private static boolean[] asciiWord() {
        boolean[] word = new boolean[128];
        for (char c = 0; c < 128; c++) {
            word[c] = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return word;
    }

    String original() {
        return original;
    }

    String lower() {
        return lower;
    }

    /** The lower-cased text as characters, for the loops that read every one (never to be changed). */
    char[] lowerChars() {
        return lowerChars;
    }

    /** True when every character is ASCII, so that rules which can only start with other characters skip it. */
    boolean ascii() {
        return ascii;
    }

    /** Offsets not preceded by a letter or digit, ascending: the only places a whole-word match can start. */
    int[] wordStarts() {
        return wordStarts;
    }
}

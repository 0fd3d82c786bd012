package io.mcpcatalog.classify;

import java.util.Arrays;

/**
 * A text as written and lower-cased char by char, so that offsets agree (patterns are lower-case and compiled
 * case-sensitive, several times faster than case-insensitive), with the offsets where a whole word can start,
 * computed once for all the rules that read this text.
 */
final class SignalText {

    private final String original;
    private final String lower;
    private final int[] wordStarts;

    private SignalText(String original, String lower, int[] wordStarts) {
        this.original = original;
        this.lower = lower;
        this.wordStarts = wordStarts;
    }

    static SignalText of(String original) {
        int[] starts = new int[original.length()];
        int count = 0;
        for (int i = 0; i < original.length(); i++) {
            if (i == 0 || !Character.isLetterOrDigit(original.charAt(i - 1))) {
                starts[count++] = i;
            }
        }
        return new SignalText(original, lowerCase(original), Arrays.copyOf(starts, count));
    }

    /** Lower-cased char by char, so that every offset still points at the same character. */
    static String lowerCase(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    String original() {
        return original;
    }

    String lower() {
        return lower;
    }

    /** Offsets not preceded by a letter or digit, ascending: the only places a whole-word match can start. */
    int[] wordStarts() {
        return wordStarts;
    }
}

package io.mcpcatalog.classify;

import java.util.Arrays;
import java.util.Locale;

/**
 * A text as written and lower-cased char by char, so that offsets agree (patterns are lower-case and compiled
 * case-sensitive, several times faster than case-insensitive), with the offsets where a whole word can start,
 * computed once for all the rules that read this text.
 */
final class SignalText {

    private final String original;
    private final String lower;
    private final int[] wordStarts;
    private final int[] startCodes;
    private final boolean ascii;

    private SignalText(String original, String lower, int[] wordStarts, boolean ascii) {
        this.original = original;
        this.lower = lower;
        this.wordStarts = wordStarts;
        this.ascii = ascii;
        this.startCodes = new int[wordStarts.length];
        for (int k = 0; k < wordStarts.length; k++) {
            startCodes[k] = StartTable.code(lower, wordStarts[k]);
        }
    }

    static SignalText of(String original) {
        int[] starts = new int[original.length()];
        int count = 0;
        boolean ascii = true;
        boolean previousIsWord = false;
        for (int i = 0; i < original.length(); i++) {
            char c = original.charAt(i);
            ascii &= c < 128;
            if (!previousIsWord) {
                starts[count++] = i;
            }
            previousIsWord = c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9'
                    : Character.isLetterOrDigit(c);
        }
        // For ASCII the library's lower-casing keeps every offset and is much faster than char by char.
        String lower = ascii ? original.toLowerCase(Locale.ROOT) : lowerCase(original);
        return new SignalText(original, lower, Arrays.copyOf(starts, count), ascii);
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

    /** True when every character is ASCII, so that rules which can only start with other characters skip it. */
    boolean ascii() {
        return ascii;
    }

    /** For each word start, the code {@link RulePattern} looks up in its tables, computed once for all rules. */
    int[] startCodes() {
        return startCodes;
    }

    /** Offsets not preceded by a letter or digit, ascending: the only places a whole-word match can start. */
    int[] wordStarts() {
        return wordStarts;
    }
}

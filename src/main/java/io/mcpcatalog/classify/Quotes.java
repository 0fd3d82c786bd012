package io.mcpcatalog.classify;

import java.util.Locale;

/** How a tool's own words are quoted in evidence and rationales: short, and with invisible characters shown. */
final class Quotes {

    private static final int MAX_QUOTE = 120;

    private Quotes() {
    }

    /** The sentence of {@code text} that holds position {@code at}, shortened to a readable length. */
    static String sentence(String text, int at) {
        int start = at;
        while (start > 0 && !endsSentence(text, start - 1)) {
            start--;
        }
        int end = at;
        while (end < text.length() && !endsSentence(text, end)) {
            end++;
        }
        return shorten(visible(text.substring(start, Math.min(text.length(), end + 1)).strip()));
    }

    private static String shorten(String text) {
        return text.length() <= MAX_QUOTE ? text : text.substring(0, MAX_QUOTE - 1) + "\u2026";
    }

    /** Format characters (zero-width, bidi controls, tags) would hide in a quote, so they are shown as <U+XXXX>. */
    static String visible(String text) {
        if (plain(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.getType(cp) == Character.FORMAT) {
                String hex = Integer.toHexString(cp).toUpperCase(Locale.ROOT);
                out.append("<U+").append("0000", Math.min(4, hex.length()), 4).append(hex).append('>');
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** True when no character needs showing; tag characters are supplementary, so any surrogate needs a look. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 && (Character.getType(c) == Character.FORMAT || Character.isSurrogate(c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        return c == '\n' || ((c == '.' || c == '!' || c == '?')
                && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))));
    }
}

package io.mcpcatalog.classify;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The regex that {@link PrefixProbe} asks where a rule's match can start. A probe sees only the text from a
 * candidate offset on, so everything that looks before it is made to pass: lookbehinds and word boundaries become
 * empty groups. The probe then accepts every match the rule's regex accepts, and perhaps more, which only costs
 * a wasted attempt. For whole words it keeps the check that the match ends a word (the one that it starts one is
 * where the offsets come from).
 */
final class ProbePattern {

    private ProbePattern() {
    }

    /** The probe regex, or null when the source uses something this cannot see through (then always try). */
    static Pattern of(String source, boolean wholeWords) {
        String probe = withoutLookbehinds(source);
        if (probe == null) {
            return null;
        }
        try {
            return Pattern.compile(wholeWords ? "(?:" + probe + ")(?![\\p{L}\\p{N}])" : probe);
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /**
     * True when the probe regex finds exactly the rule's match at a word start: nothing was made to pass, and no
     * inline flag could make ^ see a line break before the offset.
     */
    static boolean exact(String source) {
        return source.equals(withoutLookbehinds(source)) && !source.matches("(?s).*\\(\\?[a-zA-Z].*");
    }

    /**
     * The source with (?<=..), (?<!..), \b and \B replaced by (?:), or null for quoting (\Q), \G, back references
     * (their numbers could shift), \b{g} and comments mode, whose text this scan does not understand.
     */
    static String withoutLookbehinds(String source) {
        if (source.matches("(?s).*\\(\\?[a-zA-Z-]*x.*")) {
            return null;
        }
        StringBuilder probe = new StringBuilder(source.length());
        try {
            for (int i = 0; i < source.length(); i++) {
                char c = source.charAt(i);
                if (c == '\\') {
                    if (i + 1 == source.length() || "QGk123456789".indexOf(source.charAt(i + 1)) >= 0) {
                        return null;
                    }
                    char escaped = source.charAt(++i);
                    if (escaped != 'b' && escaped != 'B') {
                        probe.append(c).append(escaped);
                    } else if (i + 1 < source.length() && source.charAt(i + 1) == '{') {
                        return null;
                    } else {
                        probe.append("(?:)");
                    }
                } else if (c == '[') {
                    int end = RegexSyntax.classEnd(source, i);
                    probe.append(source, i, end + 1);
                    i = end;
                } else if (source.startsWith("(?<=", i) || source.startsWith("(?<!", i)) {
                    probe.append("(?:)");
                    i = RegexSyntax.groupEnd(source, i);
                } else {
                    probe.append(c);
                }
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return probe.toString();
    }

    /**
     * True when the regex can consume only ASCII characters: no literal outside ASCII, no '.' (but in a class), no
     * negated class,
     * no escape but \\w \\d \\s, assertions and escaped punctuation, and no inline flags (Unicode case, classes).
     */
    static boolean consumesAsciiOnly(String source) {
        int classEnd = -1;
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c >= 128 || c == '.' && i > classEnd || source.startsWith("[^", i)) {
                return false;
            }
            if (source.startsWith("(?", i) && i + 2 < source.length() && Character.isLetter(source.charAt(i + 2))) {
                return false;
            }
            if (c == '[' && i > classEnd) {
                try {
                    classEnd = RegexSyntax.classEnd(source, i);
                } catch (IllegalArgumentException e) {
                    return false;
                }
            }
            if (c == '\\') {
                char escaped = i + 1 < source.length() ? source.charAt(++i) : 'x';
                if ("wdsbBAzZG".indexOf(escaped) < 0 && (escaped >= 128 || Character.isLetterOrDigit(escaped))) {
                    return false;
                }
            }
        }
        return true;
    }
}

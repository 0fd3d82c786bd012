package io.mcpcatalog.extract.jvm;

import java.math.BigDecimal;

/** Java and Kotlin literal syntax: string escapes, text blocks, raw strings, numbers. */
final class JvmStrings {

    private JvmStrings() {
    }

    /** The value of a Java string, text block or character literal as written (with its quotes). */
    static String javaLiteral(String literal) {
        if (literal.startsWith("\"\"\"") && literal.length() >= 6) {
            String body = literal.substring(3, literal.length() - 3);
            int newline = body.indexOf('\n');
            body = newline >= 0 ? body.substring(newline + 1) : body;
            return unescape(body.stripIndent());
        }
        if (literal.length() >= 2) {
            return unescape(literal.substring(1, literal.length() - 1));
        }
        return literal;
    }

    /** Java escapes, including unicode escapes, which String.translateEscapes leaves to the compiler. */
    static String unescape(String text) {
        String unicode = unicodeEscapes(text);
        try {
            return unicode.translateEscapes();
        } catch (IllegalArgumentException e) {
            return unicode;
        }
    }

    private static String unicodeEscapes(String text) {
        if (!text.contains("\\u")) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 5 < text.length() + 0 && text.charAt(i + 1) == 'u' && isHex(text, i + 2)) {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\' && i + 1 < text.length()) {
                out.append(c).append(text.charAt(i + 1));
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int from) {
        if (from + 4 > text.length()) {
            return false;
        }
        for (int i = from; i < from + 4; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** A Java or Kotlin numeric literal ("1_000L", "0x1F", "2.5f", "1e3"); unknown when it does not parse. */
    static JvmValue number(String literal) {
        String text = literal.replace("_", "").trim();
        try {
            String lower = text.toLowerCase();
            if (lower.startsWith("0x") || lower.startsWith("-0x")) {
                return new JvmValue.Num(Long.decode(lower.replaceAll("[lu]+$", "")));
            }
            if (lower.startsWith("0b")) {
                return new JvmValue.Num(Long.parseLong(lower.substring(2).replaceAll("[lu]+$", ""), 2));
            }
            String plain = lower.replaceAll("[lfdu]+$", "");
            BigDecimal decimal = new BigDecimal(plain);
            boolean integral = !plain.contains(".") && !plain.contains("e")
                    && !lower.endsWith("f") && !lower.endsWith("d");
            return new JvmValue.Num(integral ? decimal.longValueExact() : decimal.doubleValue());
        } catch (RuntimeException e) {
            return JvmValue.UNKNOWN;
        }
    }

    /** Kotlin's String.trimIndent(): drops blank first and last lines and the common indent. */
    static String trimIndent(String text) {
        return trimMargin(text, null);
    }

    /** Kotlin's String.trimMargin(prefix), or trimIndent when {@code prefix} is null. */
    static String trimMargin(String text, String prefix) {
        String[] lines = text.split("\n", -1);
        int first = 0;
        int last = lines.length - 1;
        if (lines.length > 0 && lines[0].isBlank()) {
            first = 1;
        }
        if (last >= first && lines[last].isBlank()) {
            last--;
        }
        int indent = Integer.MAX_VALUE;
        if (prefix == null) {
            for (int i = first; i <= last; i++) {
                if (!lines[i].isBlank()) {
                    indent = Math.min(indent, lines[i].length() - lines[i].stripLeading().length());
                }
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = first; i <= last; i++) {
            String line = lines[i];
            if (prefix != null) {
                String stripped = line.stripLeading();
                line = stripped.startsWith(prefix) ? stripped.substring(prefix.length()) : line;
            } else {
                line = line.isBlank() ? "" : line.substring(Math.min(indent, line.length()));
            }
            out.append(line);
            if (i < last) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Kotlin escapes in a (non-raw) string: \t \b \n \r \' \" \\ \$ and \\uXXXX. */
    static String kotlinUnescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 >= text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'b' -> out.append('\b');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    if (isHex(text, i + 1)) {
                        out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        out.append("\\u");
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}

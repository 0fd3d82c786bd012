package io.mcpcatalog.extract.csharp;

/** Decodes C# string literals: regular (escapes), verbatim ({@code @".."}), raw ({@code """..."""}). */
final class CsLiterals {

    private CsLiterals() {
    }

    /** The value of a regular {@code ".."} literal's content (between the quotes). */
    static String unescape(String body) {
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                continue;
            }
            char next = body.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '0' -> out.append('\0');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000B');
                case 'e' -> out.append('\u001B');
                case 'u', 'x', 'U' -> {
                    int length = next == 'u' ? 4 : next == 'U' ? 8 : hexRun(body, i + 1);
                    if (length > 0 && i + 1 + length <= body.length() && isHex(body.substring(i + 1, i + 1 + length))) {
                        out.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 1 + length), 16));
                        i += length;
                    } else {
                        out.append('\\').append(next);
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text) {
        return text.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    private static int hexRun(String body, int from) {
        int length = 0;
        while (length < 4 && from + length < body.length() && Character.digit(body.charAt(from + length), 16) >= 0) {
            length++;
        }
        return length;
    }

    /** The value of a whole literal token: regular, verbatim or raw. */
    static String literal(String token) {
        if (token.startsWith("\"\"\"")) {
            return raw(token);
        }
        if (token.startsWith("@\"")) {
            return token.substring(2, token.length() - 1).replace("\"\"", "\"");
        }
        if (token.startsWith("\"") && token.endsWith("\"") && token.length() >= 2) {
            return unescape(token.substring(1, token.length() - 1));
        }
        return token;
    }

    /** A raw literal: quotes removed; a multi-line one loses its first and last lines and the closing indentation. */
    static String raw(String token) {
        int quotes = 0;
        while (quotes < token.length() && token.charAt(quotes) == '"') {
            quotes++;
        }
        String content = token.substring(quotes, Math.max(quotes, token.length() - quotes));
        return dedent(content);
    }

    /** The multi-line rule of raw strings, applied to a content between the delimiters. */
    static String dedent(String content) {
        int firstNewline = content.indexOf('\n');
        int lastNewline = content.lastIndexOf('\n');
        if (firstNewline < 0 || !content.substring(0, firstNewline).isBlank()) {
            return content;
        }
        String indent = content.substring(lastNewline + 1);
        if (!indent.isBlank()) {
            return content.substring(firstNewline + 1);
        }
        String inner = firstNewline == lastNewline ? "" : content.substring(firstNewline + 1, lastNewline);
        StringBuilder out = new StringBuilder();
        boolean first = true;
        for (String line : inner.split("\n", -1)) {
            String stripped = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (!first) {
                out.append('\n');
            }
            first = false;
            out.append(stripped.startsWith(indent) ? stripped.substring(indent.length()) : stripped.stripLeading());
        }
        return out.toString();
    }
}

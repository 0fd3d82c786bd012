package io.mcpcatalog.extract.typescript;

import java.util.ArrayList;
import java.util.List;

/** Text helpers for string literals: escape decoding, cutting by UTF-8 offsets, dedent. */
final class Text {

    private Text() {
    }

    /** Cuts by UTF-8 byte offsets of the node's own text. */
    static String slice(String text, int from, int to) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (from < 0 || to > bytes.length || from > to) {
            return "";
        }
        return new String(bytes, from, to - from, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String unescape(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                out.append(c);
                continue;
            }
            char next = raw.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000B');
                case '0' -> out.append('\0');
                case '\n' -> {
                }
                case 'u' -> i = unicode(raw, i, out);
                case 'x' -> {
                    if (i + 2 < raw.length()) {
                        try {
                            out.append((char) Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                            i += 2;
                        } catch (RuntimeException e) {
                            out.append('x');
                        }
                    }
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static int unicode(String raw, int at, StringBuilder out) {
        try {
            if (at + 1 < raw.length() && raw.charAt(at + 1) == '{') {
                int close = raw.indexOf('}', at);
                out.appendCodePoint(Integer.parseInt(raw.substring(at + 2, close), 16));
                return close;
            }
            out.append((char) Integer.parseInt(raw.substring(at + 1, at + 5), 16));
            return at + 4;
        } catch (RuntimeException e) {
            out.append('u');
            return at;
        }
    }

    /** Removes the common leading indentation and the first and last blank lines, as dedent tags do. */
    static String dedent(String text) {
        String[] lines = text.split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.isBlank() ? "" : line.substring(Math.min(indent, line.length())));
        }
        while (!out.isEmpty() && out.get(0).isEmpty()) {
            out.remove(0);
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return String.join("\n", out).strip();
    }
}

package io.mcpcatalog.extract.rust;

/** Decodes Rust string literals (escapes, line continuations, raw strings) and formats doc text. */
final class RustLiterals {

    private RustLiterals() {
    }

    /** The value of a {@code "..."} or {@code b"..."} literal as written in source. */
    static String unescape(String literal) {
        int open = literal.indexOf('"');
        int close = literal.lastIndexOf('"');
        if (open < 0 || close <= open) {
            return literal;
        }
        String body = literal.substring(open + 1, close);
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
                case '\\', '"', '\'' -> out.append(next);
                case 'x' -> {
                    if (i + 2 < body.length() && isHex(body.substring(i + 1, i + 3))) {
                        out.append((char) Integer.parseInt(body.substring(i + 1, i + 3), 16));
                        i += 2;
                    }
                }
                case 'u' -> {
                    int end = body.indexOf('}', i);
                    if (i + 1 < body.length() && body.charAt(i + 1) == '{' && end > 0
                            && isHex(body.substring(i + 2, end).replace("_", ""))) {
                        out.appendCodePoint(Integer.parseInt(body.substring(i + 2, end).replace("_", ""), 16));
                        i = end;
                    }
                }
                case '\n', '\r' -> {
                    while (i + 1 < body.length() && Character.isWhitespace(body.charAt(i + 1))) {
                        i++;
                    }
                }
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text) {
        return text.chars().allMatch(c -> Character.digit(c, 16) >= 0);
    }

    /** The value of a raw literal {@code r#"..."#}. */
    static String raw(String literal) {
        int open = literal.indexOf('"');
        int close = literal.lastIndexOf('"');
        return open < 0 || close <= open ? literal : literal.substring(open + 1, close);
    }

    /** A char literal's value. */
    static String character(String literal) {
        String inner = literal.length() >= 2 ? literal.substring(1, literal.length() - 1) : literal;
        return unescape("\"" + inner + "\"");
    }

    /** What the {@code indoc!} macro makes of a literal: leading newline dropped, common indentation removed. */
    static String indoc(String text) {
        String body = text.startsWith("\n") ? text.substring(1) : text;
        String[] lines = body.split("\n", -1);
        int indent = Integer.MAX_VALUE;
        for (String line : lines) {
            if (!line.isBlank()) {
                int spaces = 0;
                while (spaces < line.length() && (line.charAt(spaces) == ' ' || line.charAt(spaces) == '\t')) {
                    spaces++;
                }
                indent = Math.min(indent, spaces);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            out.append(line.isBlank() ? "" : line.substring(Math.min(indent, line.length())));
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** The text of a doc comment node ({@code /// x}, {@code //! x}, {@code /** x *}{@code /}), without markers. */
    static String docComment(String comment) {
        String text = comment;
        if (text.startsWith("///") || text.startsWith("//!")) {
            return text.substring(3).strip();
        }
        if (text.startsWith("/**") && text.endsWith("*/")) {
            StringBuilder out = new StringBuilder();
            for (String line : text.substring(3, text.length() - 2).split("\n")) {
                String stripped = line.strip();
                if (stripped.startsWith("*")) {
                    stripped = stripped.substring(1).strip();
                }
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(stripped);
            }
            return out.toString().strip();
        }
        return null;
    }

    static boolean isDocComment(String comment) {
        return (comment.startsWith("///") && !comment.startsWith("////")) || (comment.startsWith("/**") && !comment.startsWith("/***"));
    }
}

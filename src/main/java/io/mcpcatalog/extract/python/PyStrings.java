package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.treesitter.TSNode;

/** Python string literals to text (prefixes, escapes, f-string parts) and the docstring clean-ups of the stdlib. */
final class PyStrings {

    private PyStrings() {
    }

    /**
     * The value of one {@code string} node. Interpolations of f-strings are handed to {@code interpolate}, which
     * returns their value or null when unknown (then they are left out and the result is partial).
     */
    static PyValue literal(ParsedFile file, TSNode string, Function<TSNode, PyValue> interpolate) {
        String prefix = "";
        StringBuilder text = new StringBuilder();
        boolean partial = false;
        for (int i = 0; i < string.getChildCount(); i++) {
            TSNode child = string.getChild(i);
            switch (child.getType()) {
                case "string_start" -> prefix = file.text(child).replaceAll("['\"]", "").toLowerCase(Locale.ROOT);
                case "string_end" -> {
                }
                case "interpolation" -> {
                    PyValue value = PyAst.field(child, "expression").map(interpolate).orElse(null);
                    if (value == null) {
                        partial = true;
                    } else {
                        text.append(value.text());
                        partial |= value.partial();
                    }
                }
                default -> {
                    String raw = file.text(child);
                    if (prefix.contains("f")) {
                        raw = raw.replace("{{", "{").replace("}}", "}");
                    }
                    text.append(prefix.contains("r") ? raw : unescape(raw));
                }
            }
        }
        return new PyValue(text.toString(), partial);
    }

    /** Decodes the backslash escapes of a non-raw Python string. */
    static String unescape(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '\\' || i + 1 >= raw.length()) {
                out.append(c);
                continue;
            }
            char e = raw.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000B');
                case '\n' -> {
                }
                case 'x' -> i = hex(raw, i, 2, out);
                case 'u' -> i = hex(raw, i, 4, out);
                case 'U' -> i = hex(raw, i, 8, out);
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = i;
                        while (end < raw.length() && end < i + 3 && raw.charAt(end) >= '0' && raw.charAt(end) <= '7') {
                            end++;
                        }
                        out.appendCodePoint(Integer.parseInt(raw.substring(i, end), 8));
                        i = end - 1;
                    } else {
                        out.append('\\').append(e);
                    }
                }
            }
        }
        return out.toString();
    }

    private static int hex(String raw, int at, int digits, StringBuilder out) {
        int end = at + 1 + digits;
        if (end > raw.length()) {
            out.append('\\').append(raw.charAt(at));
            return at;
        }
        try {
            out.appendCodePoint(Integer.parseInt(raw.substring(at + 1, end), 16));
            return end - 1;
        } catch (IllegalArgumentException e) {
            out.append('\\').append(raw.charAt(at));
            return at;
        }
    }

    /** {@code inspect.cleandoc}: first line stripped, common indentation of the others removed, blank ends dropped. */
    static String cleandoc(String doc) {
        String[] lines = doc.replace("\t", "        ").split("\n", -1);
        int margin = Integer.MAX_VALUE;
        for (int i = 1; i < lines.length; i++) {
            String stripped = lines[i].stripLeading();
            if (!stripped.isEmpty()) {
                margin = Math.min(margin, lines[i].length() - stripped.length());
            }
        }
        List<String> out = new ArrayList<>();
        out.add(lines[0].stripLeading());
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            out.add(margin == Integer.MAX_VALUE ? line : line.substring(Math.min(margin, line.length())));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        while (!out.isEmpty() && out.get(0).isBlank()) {
            out.remove(0);
        }
        return String.join("\n", out);
    }

    /** {@code textwrap.dedent}: the common leading whitespace of all non-blank lines removed. */
    static String dedent(String text) {
        String[] lines = text.split("\n", -1);
        String margin = null;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            if (margin == null || !indent.startsWith(margin)) {
                margin = margin == null ? indent : common(margin, indent);
            }
        }
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            out.add(line.isBlank() ? "" : line.substring(margin == null ? 0 : margin.length()));
        }
        return String.join("\n", out);
    }

    private static String common(String a, String b) {
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return a.substring(0, i);
    }
}

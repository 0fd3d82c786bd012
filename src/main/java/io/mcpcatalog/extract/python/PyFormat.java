package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/** Python's string formatting as far as the source tells: {@code str.format} fields and {@code %} conversions. */
final class PyFormat {

    private static final Pattern PERCENT = Pattern.compile("%(\\([^)]*\\))?[-#0 +]*(\\d+|\\*)?(\\.\\d+)?[diouxXeEfFgGcrsa]");

    private PyFormat() {
    }

    /** {@code template % values}: the conversions are run-time values, left out; the result is partial. */
    static PyValue percent(PyValue template) {
        return new PyValue(PERCENT.matcher(template.text()).replaceAll("").replace("%%", "%"), true);
    }

    /** {@code str.format}: {{ and }} unescaped, fields replaced by known arguments, unknown ones left out. */
    static PyValue format(PyText resolverText, ParsedFile file, PyValue template, List<TSNode> positional, Map<String, TSNode> keywords,
                           int depth) {
        String text = template.text();
        StringBuilder out = new StringBuilder();
        boolean partial = template.partial();
        int auto = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c == '{' || c == '}') && i + 1 < text.length() && text.charAt(i + 1) == c) {
                out.append(c);
                i++;
            } else if (c == '{' && text.indexOf('}', i) > i) {
                int end = text.indexOf('}', i);
                String field = text.substring(i + 1, end).split("[!:.\\[]", 2)[0];
                TSNode argument = field.isEmpty() ? (auto < positional.size() ? positional.get(auto++) : null)
                        : field.chars().allMatch(Character::isDigit)
                        ? (Integer.parseInt(field) < positional.size() ? positional.get(Integer.parseInt(field)) : null)
                        : keywords.get(field);
                PyValue value = argument == null ? null : resolverText.of(file, argument, depth + 1);
                if (value == null) {
                    partial = true;
                } else {
                    out.append(value.text());
                    partial |= value.partial();
                }
                i = end;
            } else {
                out.append(c);
            }
        }
        return new PyValue(out.toString(), partial);
    }
}

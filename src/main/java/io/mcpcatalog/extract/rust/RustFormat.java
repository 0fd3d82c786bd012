package io.mcpcatalog.extract.rust;

import io.mcpcatalog.extract.StaticText;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Fills a {@code format!} template with the arguments that could be resolved; a placeholder whose value is
 * only known at run time is dropped and makes the result partial.
 */
final class RustFormat {

    private RustFormat() {
    }

    static StaticText apply(StaticText template, List<Optional<StaticText>> positional, Map<String, Optional<StaticText>> named,
                          Function<String, Optional<StaticText>> capture) {
        String text = template.text();
        StringBuilder out = new StringBuilder();
        boolean partial = template.partial();
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                out.append('{');
                i++;
            } else if (c == '}' && i + 1 < text.length() && text.charAt(i + 1) == '}') {
                out.append('}');
                i++;
            } else if (c == '{') {
                int end = text.indexOf('}', i);
                if (end < 0) {
                    out.append(text.substring(i));
                    break;
                }
                String spec = text.substring(i + 1, end);
                String argument = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
                Optional<StaticText> value;
                if (argument.isEmpty()) {
                    value = next < positional.size() ? positional.get(next) : Optional.empty();
                    next++;
                } else if (argument.chars().allMatch(Character::isDigit)) {
                    int position = Integer.parseInt(argument);
                    value = position < positional.size() ? positional.get(position) : Optional.empty();
                } else if (named.containsKey(argument)) {
                    value = named.get(argument);
                } else {
                    value = capture.apply(argument);
                }
                if (value.isPresent()) {
                    out.append(value.get().text());
                    partial |= value.get().partial();
                } else {
                    partial = true;
                }
                i = end;
            } else {
                out.append(c);
            }
        }
        return new StaticText(out.toString(), partial);
    }
}

package io.mcpcatalog.extract.golang;

import java.util.HashMap;
import java.util.Map;

/**
 * How often each identifier is written in the Go code of a tree (comments and string literals left out), to tell a
 * function nobody calls: a tool built only there is dead code and not registered.
 */
final class GoReferences {

    private final Map<String, Integer> counts = new HashMap<>();

    GoReferences(GoSession session) {
        for (String path : session.goFiles()) {
            session.index().text(path).ifPresent(this::tally);
        }
    }

    int count(String identifier) {
        return counts.getOrDefault(identifier, 0);
    }

    private void tally(String text) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < n && text.charAt(i + 1) == '/') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '/' && i + 1 < n && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && text.charAt(i) != c && text.charAt(i) != '\n') {
                    i += text.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else if (c == '`') {
                int end = text.indexOf('`', i + 1);
                i = end < 0 ? n : end + 1;
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < n && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                counts.merge(text.substring(start, i), 1, Integer::sum);
            } else {
                i++;
            }
        }
    }
}

package io.mcpcatalog.extract.csharp;

import java.util.Set;

/**
 * The name the C# SDK gives a tool when none is declared: the method name without an "Async" suffix (for
 * methods returning Task, ValueTask or IAsyncEnumerable), runs of characters other than ASCII letters and
 * digits made "_", trimmed, then snake_case as System.Text.Json's SnakeCaseLower policy writes it. SDK
 * versions before 0.3.0-preview.2 kept the method's casing.
 */
final class CsToolNames {

    private static final Set<String> ASYNC_TYPES = Set.of("Task", "ValueTask", "IAsyncEnumerable");

    private CsToolNames() {
    }

    static String derive(String method, String returnType, boolean legacy) {
        String name = method;
        if (ASYNC_TYPES.contains(returnType) && name.endsWith("Async") && name.length() > "Async".length()) {
            name = name.substring(0, name.length() - "Async".length());
        }
        if (legacy) {
            String sanitized = name.replaceAll("[^0-9A-Za-z_]", "_");
            return sanitized.isEmpty() ? method : sanitized;
        }
        name = name.replaceAll("[^0-9A-Za-z]+", "_").replaceAll("^_+|_+$", "");
        if (name.isEmpty()) {
            name = method;
        }
        return snakeCaseLower(name);
    }

    /** System.Text.Json's JsonNamingPolicy.SnakeCaseLower. */
    static String snakeCaseLower(String name) {
        StringBuilder out = new StringBuilder();
        int state = 0; // 0 not started, 1 upper, 2 lower or digit, 3 space
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                if (state == 2 || state == 3) {
                    out.append('_');
                } else if (state == 1 && i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1))) {
                    out.append('_');
                }
                out.append(Character.toLowerCase(c));
                state = 1;
            } else if (Character.isLowerCase(c) || Character.isDigit(c)) {
                if (state == 3) {
                    out.append('_');
                }
                out.append(c);
                state = 2;
            } else if (Character.getType(c) == Character.SPACE_SEPARATOR) {
                if (state != 0) {
                    state = 3;
                }
            } else {
                out.append(c);
                state = 0;
            }
        }
        return out.toString();
    }
}

package io.mcpcatalog.policy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Cedar literals and attribute access, escaped so that no argument name or value can break out of a string. */
final class CedarSyntax {

    private static final Set<String> RESERVED = Set.of("true", "false", "if", "then", "else", "in", "like", "has",
            "is", "principal", "action", "resource", "context");

    private CedarSyntax() {
    }

    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> appendEscaped(out, c));
        return out.append('"').toString();
    }

    /** A like pattern: '*' stays a wildcard and "\*" a star; every other character is escaped as in a string. */
    static String pattern(String wildcards) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < wildcards.length(); i++) {
            char c = wildcards.charAt(i);
            if (c == '\\' && i + 1 < wildcards.length() && wildcards.charAt(i + 1) == '*') {
                out.append("\\*");
                i++;
            } else if (c == '*') {
                out.append('*');
            } else {
                appendEscaped(out, c);
            }
        }
        return out.append('"').toString();
    }

    /** context.input.name, or context.input["name"] when the name is not a plain identifier. */
    static String argument(String name) {
        return identifier(name) ? "context.input." + name : "context.input[" + string(name) + "]";
    }

    static String hasArgument(String name) {
        return "context.input has " + (identifier(name) ? name : string(name));
    }

    /** A JSON value of a condition as a Cedar value; numbers of a "number" argument become decimals. */
    static String value(Object value, String argType) {
        if (value instanceof List<?> list) {
            return list.stream().map(item -> value(item, argType)).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Number number) {
            return "number".equals(argType) ? decimal(number) : Long.toString(number.longValue());
        }
        if (value instanceof Boolean bool) {
            return bool.toString();
        }
        return string(String.valueOf(value));
    }

    static String decimal(Number number) {
        BigDecimal decimal = new BigDecimal(number.toString());
        return "decimal(" + string(decimal.setScale(Math.max(1, Math.min(4, decimal.scale())),
                java.math.RoundingMode.HALF_UP).toPlainString()) + ")";
    }

    private static boolean identifier(String name) {
        return name.matches("[A-Za-z_][A-Za-z0-9_]*") && !RESERVED.contains(name) && !name.startsWith("__cedar");
    }

    private static void appendEscaped(StringBuilder out, int c) {
        switch (c) {
            case '\\' -> out.append("\\\\");
            case '"' -> out.append("\\\"");
            case '\n' -> out.append("\\n");
            case '\r' -> out.append("\\r");
            case '\t' -> out.append("\\t");
            default -> {
                if (c < 0x20 || c == 0x7f) {
                    out.append("\\u{").append(Integer.toHexString(c)).append('}');
                } else {
                    out.appendCodePoint(c);
                }
            }
        }
    }
}

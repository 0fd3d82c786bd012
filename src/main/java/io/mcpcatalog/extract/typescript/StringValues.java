package io.mcpcatalog.extract.typescript;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * Evaluates the string helpers descriptions are often passed through (`s.trim().split('\n').map(l => l.trim())
 * .join('\n')`, `replace`, `filter(Boolean)`, ...) on values: strings, lists of strings, numbers and booleans.
 */
final class StringValues {

    private StringValues() {
    }

    /** The string an expression computes, or empty when it uses anything this evaluator does not know. */
    static Optional<Str> of(Resolver resolver, Ref ref) {
        Partial partial = new Partial();
        Object value = eval(resolver, ref, Map.of(), partial, 0);
        return value instanceof String s ? Optional.of(new Str(s, partial.seen)) : Optional.empty();
    }

    private static final class Partial {
        boolean seen;
    }

    private static Object eval(Resolver resolver, Ref ref, Map<String, Object> locals, Partial partial, int depth) {
        if (depth > 40 || ref == null || !Ts.present(ref.node())) {
            return null;
        }
        TSNode node = Ts.unwrap(ref.node());
        if (Ts.is(node, "identifier") && locals.containsKey(ref.file().text(node))) {
            return locals.get(ref.file().text(node));
        }
        if (Ts.is(node, "member_expression") && ref.file().text(node.getChildByFieldName("property")).equals("length")) {
            Object owner = eval(resolver, ref.at(node.getChildByFieldName("object")), locals, partial, depth + 1);
            return owner instanceof String s ? (Object) s.length() : owner instanceof List<?> l ? (Object) l.size() : null;
        }
        if (Ts.is(node, "binary_expression")) {
            return binary(resolver, ref.at(node), locals, partial, depth);
        }
        if (Ts.is(node, "number")) {
            return Double.parseDouble(ref.file().text(node));
        }
        if (Ts.is(node, "call_expression") && Ts.is(Ts.unwrap(node.getChildByFieldName("function")), "member_expression")) {
            return method(resolver, ref.at(node), locals, partial, depth);
        }
        if (!locals.isEmpty() && Ts.is(node, "identifier")) {
            return null;
        }
        Optional<Str> text = Strings.of(resolver, ref.at(node));
        text.filter(Str::partial).ifPresent(t -> partial.seen = true);
        return text.map(Str::value).orElse(null);
    }

    private static Object binary(Resolver resolver, Ref ref, Map<String, Object> locals, Partial partial, int depth) {
        String operator = ref.file().text(ref.node().getChildByFieldName("operator"));
        Object left = eval(resolver, ref.at(ref.node().getChildByFieldName("left")), locals, partial, depth + 1);
        Object right = eval(resolver, ref.at(ref.node().getChildByFieldName("right")), locals, partial, depth + 1);
        if (left == null || right == null) {
            return null;
        }
        if (left instanceof Number a && right instanceof Number b) {
            double x = a.doubleValue();
            double y = b.doubleValue();
            return switch (operator) {
                case ">" -> x > y;
                case ">=" -> x >= y;
                case "<" -> x < y;
                case "<=" -> x <= y;
                case "===", "==" -> x == y;
                case "!==", "!=" -> x != y;
                default -> null;
            };
        }
        return switch (operator) {
            case "+" -> String.valueOf(left) + right;
            case "===", "==" -> left.equals(right);
            case "!==", "!=" -> !left.equals(right);
            default -> null;
        };
    }

    private static Object method(Resolver resolver, Ref call, Map<String, Object> locals, Partial partial, int depth) {
        TSNode callee = Ts.unwrap(call.node().getChildByFieldName("function"));
        String method = call.file().text(callee.getChildByFieldName("property"));
        List<TSNode> args = Resolver.arguments(call.node());
        Object receiver = eval(resolver, call.at(callee.getChildByFieldName("object")), locals, partial, depth + 1);
        List<Object> values = new ArrayList<>();
        if (!method.equals("map") && !method.equals("filter")) {
            for (TSNode arg : args) {
                values.add(Ts.is(arg, "regex") ? arg : eval(resolver, call.at(arg), locals, partial, depth + 1));
            }
        }
        if (receiver instanceof String s) {
            return stringMethod(call, s, method, values);
        }
        if (receiver instanceof List<?> list && !args.isEmpty() || receiver instanceof List<?> && method.equals("join")) {
            List<?> items = (List<?>) receiver;
            switch (method) {
                case "join" -> {
                    String separator = values.isEmpty() ? "," : String.valueOf(values.get(0));
                    return String.join(separator, items.stream().map(String::valueOf).toList());
                }
                case "map", "filter" -> {
                    return mapOrFilter(resolver, call.at(args.get(0)), items, method.equals("filter"), partial, depth);
                }
                default -> {
                    return null;
                }
            }
        }
        return null;
    }

    private static Object stringMethod(Ref call, String s, String method, List<Object> values) {
        Object first = values.isEmpty() ? null : values.get(0);
        Object second = values.size() > 1 ? values.get(1) : null;
        return switch (method) {
            case "trim" -> s.strip();
            case "trimStart", "trimLeft" -> s.stripLeading();
            case "trimEnd", "trimRight" -> s.stripTrailing();
            case "toLowerCase" -> s.toLowerCase(java.util.Locale.ROOT);
            case "toUpperCase" -> s.toUpperCase(java.util.Locale.ROOT);
            case "toString", "valueOf" -> s;
            case "split" -> first instanceof String sep ? List.of(s.split(java.util.regex.Pattern.quote(sep), -1))
                    : first instanceof TSNode regex ? List.of(s.split(jsRegex(call, regex), -1)) : null;
            case "replace", "replaceAll" -> second instanceof String with ? replace(call, s, first, with, method) : null;
            case "concat" -> first instanceof String more ? s + more : null;
            default -> null;
        };
    }

    private static String replace(Ref call, String s, Object what, String with, String method) {
        if (what instanceof String literal) {
            return method.equals("replaceAll") ? s.replace(literal, with) : s.replaceFirst(java.util.regex.Pattern.quote(literal),
                    java.util.regex.Matcher.quoteReplacement(with));
        }
        if (what instanceof TSNode regex) {
            String flags = Ts.field(regex, "flags").map(call.file()::text).orElse("");
            String pattern = jsRegex(call, regex);
            String replacement = java.util.regex.Matcher.quoteReplacement(with);
            return flags.contains("g") ? s.replaceAll(pattern, replacement) : s.replaceFirst(pattern, replacement);
        }
        return null;
    }

    private static String jsRegex(Ref call, TSNode regex) {
        String pattern = Ts.field(regex, "pattern").map(call.file()::text).orElse("");
        String flags = Ts.field(regex, "flags").map(call.file()::text).orElse("");
        return (flags.contains("m") ? "(?m)" : "") + (flags.contains("i") ? "(?i)" : "") + pattern;
    }

    private static Object mapOrFilter(Resolver resolver, Ref callback, List<?> items, boolean filter, Partial partial, int depth) {
        Ref function = resolver.resolve(callback);
        if (Ts.is(function.node(), "identifier") && function.text().equals("Boolean") && filter) {
            return items.stream().filter(StringValues::truthy).toList();
        }
        if (!Ts.is(function.node(), "arrow_function")) {
            return null;
        }
        TSNode body = function.node().getChildByFieldName("body");
        List<TSNode> parameters = Ts.field(function.node(), "parameter").map(List::of)
                .orElseGet(() -> Ts.namedChildren(function.node().getChildByFieldName("parameters")));
        if (parameters.isEmpty() || Ts.is(body, "statement_block")) {
            return null;
        }
        TSNode parameter = Ts.field(parameters.get(0), "pattern").orElse(parameters.get(0));
        List<Object> out = new ArrayList<>();
        for (Object item : items) {
            Map<String, Object> locals = new HashMap<>();
            locals.put(function.file().text(parameter), item);
            Object result = eval(resolver, function.at(body), locals, partial, depth + 1);
            if (result == null) {
                return null;
            }
            if (!filter) {
                out.add(result);
            } else if (truthy(result)) {
                out.add(item);
            }
        }
        return out;
    }

    private static boolean truthy(Object value) {
        return value instanceof Boolean b ? b : value instanceof String s ? !s.isEmpty()
                : value instanceof Number n ? n.doubleValue() != 0 : value != null;
    }
}

package io.mcpcatalog.extract.typescript;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.treesitter.TSNode;

/**
 * Static string values: literals, template literals (an interpolation that cannot be read makes the result
 * partial), concatenations, constants and enum members, `[...].join(sep)`, `.trim()`, dedent-style tags.
 */
final class Strings {

    private static final Set<String> DEDENT_TAGS = Set.of("dedent", "outdent", "stripIndent", "stripIndents", "endent",
            "trimIndent", "ts.dedent", "oneLine");

    private Strings() {
    }

    /** The value of a string literal node, escapes decoded. */
    static String literal(TSNode node, Function<TSNode, String> text) {
        String raw = text.apply(node);
        if (raw.length() >= 2 && (raw.charAt(0) == '"' || raw.charAt(0) == '\'' || raw.charAt(0) == '`')) {
            raw = raw.substring(1, raw.length() - 1);
        }
        return Text.unescape(raw);
    }

    static Optional<Str> of(Resolver resolver, Ref ref) {
        if (ref == null || !Ts.present(ref.node()) || !resolver.enter()) {
            return Optional.empty();
        }
        try {
            return eval(resolver, resolver.resolve(ref));
        } finally {
            resolver.exit();
        }
    }

    /** A description: unreadable (built at run time) gives an empty partial one; absent gives null. */
    static Str description(Resolver resolver, Optional<Ref> ref) {
        return ref.map(r -> of(resolver, r).orElse(new Str("", true))).orElse(null);
    }

    /** A tool name: a string (not a number) whose whole value is known and that is a valid tool name. */
    static Optional<String> name(Resolver resolver, Ref ref) {
        if (ref == null || Ts.is(resolver.resolve(ref).node(), "number")) {
            return Optional.empty();
        }
        return exact(resolver, ref).filter(n -> ToolObjects.TOOL_NAME.matcher(n).matches());
    }

    /** A static name: the whole value must be known. */
    static Optional<String> exact(Resolver resolver, Ref ref) {
        return of(resolver, ref).filter(s -> !s.partial()).map(Str::value);
    }

    private static Optional<Str> eval(Resolver resolver, Ref ref) {
        TSNode node = ref.node();
        switch (node.getType()) {
            case "string" -> {
                return Optional.of(new Str(literal(node, ref.file()::text), false));
            }
            case "template_string" -> {
                return Optional.of(template(resolver, ref));
            }
            case "number", "property_identifier" -> {
                return Optional.of(new Str(ref.text(), false));
            }
            case "binary_expression" -> {
                if (!ref.file().text(node.getChildByFieldName("operator")).equals("+")) {
                    return Optional.empty();
                }
                Str left = of(resolver, ref.at(node.getChildByFieldName("left"))).orElse(new Str("", true));
                Str right = of(resolver, ref.at(node.getChildByFieldName("right"))).orElse(new Str("", true));
                Str joined = left.concat(right);
                return joined.value().isEmpty() ? Optional.empty() : Optional.of(joined);
            }
            case "ternary_expression" -> {
                Optional<Str> consequence = of(resolver, ref.at(node.getChildByFieldName("consequence")));
                Optional<Str> alternative = of(resolver, ref.at(node.getChildByFieldName("alternative")));
                if (consequence.isPresent() && alternative.isPresent() && consequence.get().equals(alternative.get())) {
                    return consequence;
                }
                return consequence.or(() -> alternative).map(Str::asPartial);
            }
            case "call_expression" -> {
                return call(resolver, ref);
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static Optional<Str> call(Resolver resolver, Ref ref) {
        TSNode callee = Ts.unwrap(ref.node().getChildByFieldName("function"));
        TSNode args = ref.node().getChildByFieldName("arguments");
        String calleeText = ref.file().text(callee);
        if (Ts.is(args, "template_string")) {
            Str value = template(resolver, ref.at(args));
            return Optional.of(DEDENT_TAGS.contains(calleeText) ? new Str(Text.dedent(value.value()), value.partial()) : value);
        }
        List<TSNode> argList = Ts.namedChildren(args);
        if (calleeText.equals("String") && argList.size() == 1) {
            return of(resolver, ref.at(argList.get(0)));
        }
        if (DEDENT_TAGS.contains(calleeText) && argList.size() == 1) {
            return of(resolver, ref.at(argList.get(0))).map(s -> new Str(Text.dedent(s.value()), s.partial()));
        }
        if (!Ts.is(callee, "member_expression")) {
            return Optional.empty();
        }
        String method = ref.file().text(callee.getChildByFieldName("property"));
        Ref receiver = ref.at(callee.getChildByFieldName("object"));
        switch (method) {
            case "join" -> {
                String separator = argList.isEmpty() ? "," : of(resolver, ref.at(argList.get(0))).map(Str::value).orElse(",");
                Ref array = resolver.resolve(receiver);
                List<Ref> elements = Ts.is(array.node(), "array", "call_expression") ? resolver.elements(array) : List.of();
                if (elements.isEmpty()) {
                    return StringValues.of(resolver, ref);
                }
                List<String> parts = new ArrayList<>();
                boolean partial = false;
                for (Ref element : elements) {
                    Optional<Str> part = of(resolver, element);
                    partial |= part.isEmpty() || part.get().partial();
                    part.ifPresent(p -> parts.add(p.value()));
                }
                return Optional.of(new Str(String.join(separator, parts), partial));
            }
            case "trim" -> {
                return of(resolver, receiver).map(s -> new Str(s.value().strip(), s.partial()));
            }
            case "trimStart", "trimEnd", "toString", "valueOf" -> {
                return of(resolver, receiver);
            }
            case "concat" -> {
                Optional<Str> result = of(resolver, receiver);
                for (TSNode arg : argList) {
                    Str next = of(resolver, ref.at(arg)).orElse(new Str("", true));
                    result = result.map(r -> r.concat(next));
                }
                return result;
            }
            default -> {
                return StringValues.of(resolver, ref);
            }
        }
    }

    private static Str template(Resolver resolver, Ref ref) {
        TSNode node = ref.node();
        StringBuilder value = new StringBuilder();
        boolean partial = false;
        int cursor = node.getStartByte() + 1;
        String text = ref.text();
        int base = node.getStartByte();
        for (TSNode child : Ts.namedChildren(node)) {
            if (Ts.is(child, "template_substitution")) {
                value.append(Text.unescape(Text.slice(text, cursor - base, child.getStartByte() - base)));
                TSNode inner = Ts.namedChildren(child).stream().findFirst().orElse(null);
                Optional<Str> part = inner == null ? Optional.empty() : of(resolver, ref.at(inner));
                partial |= part.isEmpty() || part.get().partial();
                part.ifPresent(p -> value.append(p.value()));
                cursor = child.getEndByte();
            }
        }
        value.append(Text.unescape(Text.slice(text, cursor - base, node.getEndByte() - 1 - base)));
        return new Str(value.toString(), partial);
    }
}

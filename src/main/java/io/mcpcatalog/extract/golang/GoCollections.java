package io.mcpcatalog.extract.golang;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/** Slices and maps built step by step: literals, appends, variadic arguments, index assignments, maps.Copy. */
final class GoCollections {

    private GoCollections() {
    }

    static List<Expr> elements(GoValues values, Expr e) {
        TSNode node = GoSyntax.unwrap(e.node());
        if (node == null) {
            return List.of();
        }
        Expr x = e.with(node);
        GoResolver resolver = values.resolver();
        switch (node.getType()) {
            case "composite_literal", "literal_value" -> {
                return GoValues.listOf(x);
            }
            case "unary_expression" -> {
                return values.elements(x.with(GoSyntax.field(node, "operand")));
            }
            case "identifier" -> {
                List<GoLocals.Def> writes = resolver.localWrites(x);
                if (!writes.isEmpty()) {
                    return localElements(values, x, writes);
                }
                GoResolver.Ref ref = resolver.identifier(x);
                if (ref instanceof GoResolver.Bound bound) {
                    List<Expr> out = new ArrayList<>();
                    if (bound.arg().variadic()) {
                        out.addAll(bound.arg().values());
                        if (bound.arg().spread() != null) {
                            out.addAll(values.elements(bound.arg().spread()));
                        }
                    } else if (!bound.arg().values().isEmpty()) {
                        out.addAll(values.elements(bound.arg().values().get(0)));
                    }
                    return out;
                }
                return ref instanceof GoResolver.Value value ? values.elements(value.expr()) : List.of();
            }
            case "selector_expression" -> {
                GoResolver.Ref ref = resolver.selector(x);
                return ref instanceof GoResolver.Value value ? values.elements(value.expr()) : List.of();
            }
            case "call_expression" -> {
                List<TSNode> args = GoSyntax.named(GoSyntax.field(node, "arguments"));
                TSNode function = GoSyntax.field(node, "function");
                if (function != null && x.file().text(function).equals("append") && !args.isEmpty()) {
                    List<Expr> out = new ArrayList<>(values.elements(x.with(args.get(0))));
                    out.addAll(items(values, x, args.subList(1, args.size())));
                    return out;
                }
                GoSession.Decl decl = resolver.callee(x);
                Expr returned = decl == null ? null : resolver.returned(decl, resolver.bind(decl, x), 0);
                return returned == null ? List.of() : values.elements(returned);
            }
            default -> {
                return List.of();
            }
        }
    }

    private static List<Expr> items(GoValues values, Expr at, List<TSNode> args) {
        List<Expr> out = new ArrayList<>();
        for (TSNode arg : args) {
            if (arg.getType().equals("variadic_argument")) {
                out.addAll(values.elements(at.with(arg.getNamedChild(0))));
            } else {
                out.add(at.with(arg));
            }
        }
        return out;
    }

    private static List<Expr> localElements(GoValues values, Expr use, List<GoLocals.Def> writes) {
        List<Expr> out = new ArrayList<>();
        String name = use.text();
        for (GoLocals.Def def : writes) {
            if (values.resolver().excluded(use, def)) {
                continue;
            }
            Expr value = use.with(def.value());
            List<Expr> appended = appendedTo(values, name, value);
            switch (def.kind()) {
                case DEFINE -> {
                    if (appended == null) {
                        out = new ArrayList<>(values.elements(value));
                    } else {
                        out.addAll(appended);
                    }
                }
                case ASSIGN -> out.addAll(appended == null ? values.elements(value) : appended);
                default -> {
                }
            }
        }
        return out;
    }

    /** The items of {@code append(name, items...)}, or null when the value is not an append to the name itself. */
    private static List<Expr> appendedTo(GoValues values, String name, Expr value) {
        TSNode node = GoSyntax.unwrap(value.node());
        if (node == null || !node.getType().equals("call_expression")) {
            return null;
        }
        TSNode function = GoSyntax.field(node, "function");
        List<TSNode> args = GoSyntax.named(GoSyntax.field(node, "arguments"));
        if (function == null || !value.file().text(function).equals("append") || args.isEmpty()
                || !value.file().text(args.get(0)).equals(name)) {
            return null;
        }
        return items(values, value, args.subList(1, args.size()));
    }

    static Map<String, Expr> entries(GoValues values, Expr e) {
        Map<String, Expr> out = new LinkedHashMap<>();
        TSNode node = GoSyntax.unwrap(e.node());
        if (node == null) {
            return out;
        }
        Expr x = e.with(node);
        GoResolver resolver = values.resolver();
        switch (node.getType()) {
            case "composite_literal", "literal_value" -> {
                TSNode body = GoValues.body(node);
                for (TSNode element : GoSyntax.named(body)) {
                    if (element.getType().equals("keyed_element")) {
                        Str key = values.str(x.with(GoSyntax.field(element, "key")));
                        if (key.complete() && !key.unbound()) {
                            out.put(key.text(), x.with(GoSyntax.unwrap(GoSyntax.field(element, "value"))));
                        }
                    }
                }
            }
            case "unary_expression" -> out.putAll(values.entries(x.with(GoSyntax.field(node, "operand"))));
            case "identifier" -> {
                List<GoLocals.Def> writes = resolver.localWrites(x);
                if (writes.isEmpty()) {
                    Expr target = values.deref(x);
                    if (target != null && !GoSyntax.same(target.node(), node)) {
                        out.putAll(values.entries(target));
                    }
                    return out;
                }
                for (GoLocals.Def def : writes) {
                    if (resolver.excluded(x, def)) {
                        continue;
                    }
                    Expr value = x.with(def.value());
                    switch (def.kind()) {
                        case DEFINE -> {
                            out.clear();
                            out.putAll(values.entries(value));
                        }
                        case ASSIGN, MERGE -> out.putAll(values.entries(value));
                        case INDEX -> {
                            Str key = values.str(x.with(def.key()));
                            if (key.complete() && !key.unbound()) {
                                out.put(key.text(), value);
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
            default -> {
                Expr target = values.deref(x);
                if (target != null && !GoSyntax.same(target.node(), node)) {
                    out.putAll(values.entries(target));
                }
            }
        }
        return out;
    }
}

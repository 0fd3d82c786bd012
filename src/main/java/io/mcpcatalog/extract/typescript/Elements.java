package io.mcpcatalog.extract.typescript;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;

/** The elements of a collection-valued expression, as far as they can be read statically. */
final class Elements {

    private static final int MAX_ELEMENTS = 2_000;

    private Elements() {
    }

    static List<Ref> of(Resolver resolver, Ref value) {
        TSNode node = value.node();
        List<Ref> found = new ArrayList<>();
        switch (node.getType()) {
            case "array" -> {
                for (TSNode element : Ts.namedChildren(node)) {
                    if (Ts.is(element, "spread_element")) {
                        found.addAll(resolver.elements(value.at(Ts.namedChildren(element).get(0))));
                    } else {
                        found.add(value.at(element));
                    }
                }
                found.addAll(pushed(resolver, value));
            }
            case "call_expression" -> found.addAll(ofCall(resolver, value));
            case "new_expression" -> {
                String type = value.file().text(node.getChildByFieldName("constructor"));
                List<TSNode> args = Ts.namedChildren(node.getChildByFieldName("arguments"));
                if ((type.equals("Set") || type.equals("Array")) && args.size() == 1) {
                    found.addAll(resolver.elements(value.at(args.get(0))));
                }
            }
            case "program" -> found.addAll(resolver.exports().allExported(value.file()));
            case "pair" -> {
                found.add(value.at(node.getChildByFieldName("key")));
                found.add(value.at(node.getChildByFieldName("value")));
            }
            default -> {
            }
        }
        return found.size() > MAX_ELEMENTS ? found.subList(0, MAX_ELEMENTS) : found;
    }

    private static List<Ref> ofCall(Resolver resolver, Ref call) {
        TSNode callee = Ts.unwrap(call.node().getChildByFieldName("function"));
        List<TSNode> args = Resolver.arguments(call.node());
        String calleeText = call.file().text(callee);
        if ((calleeText.equals("Object.entries") || calleeText.equals("Object.keys")) && !args.isEmpty()) {
            return members(resolver, resolver.resolve(call.at(args.get(0))), calleeText.equals("Object.keys"));
        }
        if ((calleeText.equals("Object.values") || calleeText.equals("Array.from") || calleeText.equals("Array.of"))
                && !args.isEmpty()) {
            if (calleeText.equals("Array.of")) {
                return args.stream().map(call::at).toList();
            }
            Ref target = resolver.resolve(call.at(args.get(0)));
            return calleeText.equals("Object.values") ? values(resolver, target) : resolver.elements(target);
        }
        if (!Ts.is(callee, "member_expression")) {
            return List.of();
        }
        String method = call.file().text(callee.getChildByFieldName("property"));
        Ref receiver = call.at(callee.getChildByFieldName("object"));
        if (Resolver.sameElementsMethod(method)) {
            List<Ref> found = new ArrayList<>(resolver.elements(receiver));
            if (method.equals("concat")) {
                for (TSNode arg : args) {
                    Ref resolved = resolver.resolve(call.at(arg));
                    List<Ref> more = resolver.elements(resolved);
                    found.addAll(more.isEmpty() && !Ts.is(resolved.node(), "array") ? List.of(resolved) : more);
                }
            }
            if (method.equals("flat")) {
                List<Ref> flat = new ArrayList<>();
                for (Ref element : found) {
                    Ref resolved = resolver.resolve(element);
                    flat.addAll(Ts.is(resolved.node(), "array") ? resolver.elements(resolved) : List.of(element));
                }
                return flat;
            }
            return found;
        }
        if ((method.equals("map") || method.equals("flatMap")) && !args.isEmpty()) {
            Ref callback = resolver.resolve(call.at(args.get(0)));
            if (!Ts.isFunction(callback.node())) {
                return List.of();
            }
            List<Ref> mapped = new ArrayList<>();
            for (Ref element : resolver.elements(receiver)) {
                Optional<Ref> result = resolver.returned(callback, List.of(element));
                result.ifPresent(r -> {
                    if (method.equals("flatMap") && Ts.is(resolver.resolve(r).node(), "array")) {
                        mapped.addAll(resolver.elements(r));
                    } else {
                        mapped.add(r);
                    }
                });
            }
            return mapped;
        }
        return List.of();
    }

    /**
     * What is pushed onto an array declared empty or named for tools (`const tools = []; tools.push({...})`),
     * anywhere in the scope of its declaration.
     */
    private static List<Ref> pushed(Resolver resolver, Ref array) {
        TSNode declarator = array.node().getParent();
        if (!Ts.is(declarator, "variable_declarator") || !Ts.is(declarator.getChildByFieldName("name"), "identifier")) {
            return List.of();
        }
        String name = array.file().text(declarator.getChildByFieldName("name"));
        if (!Ts.namedChildren(array.node()).isEmpty() && !name.toLowerCase(java.util.Locale.ROOT).contains("tool")) {
            return List.of();
        }
        TSNode scope = declarator;
        while (Ts.present(scope) && !Ts.is(scope, "statement_block", "program")) {
            scope = scope.getParent();
        }
        List<Ref> found = new ArrayList<>();
        collectPushes(resolver, array, scope, name + ".push", found);
        return found;
    }

    private static void collectPushes(Resolver resolver, Ref array, TSNode node, String callee, List<Ref> into) {
        for (TSNode child : Ts.namedChildren(node)) {
            if (Ts.is(child, "call_expression") && array.file().text(child.getChildByFieldName("function")).equals(callee)) {
                for (TSNode arg : Resolver.arguments(child)) {
                    if (Ts.is(arg, "spread_element")) {
                        into.addAll(resolver.elements(array.at(Ts.namedChildren(arg).get(0))));
                    } else {
                        into.add(array.at(arg));
                    }
                }
            } else if (into.size() < MAX_ELEMENTS) {
                collectPushes(resolver, array, child, callee, into);
            }
        }
    }

    /** The entries (pair nodes, read as [key, value]) or the keys of an object literal, spreads included. */
    private static List<Ref> members(Resolver resolver, Ref object, boolean keys) {
        List<Ref> found = new ArrayList<>();
        if (!Ts.is(object.node(), "object")) {
            return found;
        }
        for (TSNode member : Ts.namedChildren(object.node())) {
            switch (member.getType()) {
                case "pair" -> found.add(object.at(keys ? member.getChildByFieldName("key") : member));
                case "shorthand_property_identifier" -> found.add(object.at(member));
                case "spread_element" -> found.addAll(members(resolver, resolver.resolve(object.at(Ts.namedChildren(member).get(0))), keys));
                default -> {
                }
            }
        }
        return found;
    }

    /** The property values of an object literal (spreads included) or the exports of a module. */
    static List<Ref> values(Resolver resolver, Ref object) {
        if (Ts.is(object.node(), "program")) {
            return resolver.exports().allExported(object.file());
        }
        if (!Ts.is(object.node(), "object")) {
            return List.of();
        }
        List<Ref> found = new ArrayList<>();
        for (TSNode member : Ts.namedChildren(object.node())) {
            switch (member.getType()) {
                case "pair" -> found.add(object.at(member.getChildByFieldName("value")));
                case "shorthand_property_identifier" -> found.add(object.at(member));
                case "spread_element" -> found.addAll(values(resolver, resolver.resolve(object.at(Ts.namedChildren(member).get(0)))));
                default -> {
                }
            }
        }
        return found;
    }
}

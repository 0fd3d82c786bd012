package io.mcpcatalog.extract.typescript;

import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;

/** Reads one property of a resolved value: object literal (spreads included), class member, enum member, module export. */
final class Properties {

    private Properties() {
    }

    static Optional<Ref> of(Resolver resolver, Ref owner, String key) {
        TSNode node = owner.node();
        switch (node.getType()) {
            case "object" -> {
                return ofObject(resolver, owner, key);
            }
            case "program" -> {
                return resolver.exports().exported(owner.file(), key);
            }
            case "enum_declaration" -> {
                return ofEnum(owner, key);
            }
            case "array" -> {
                if (key.matches("\\d+")) {
                    List<Ref> elements = resolver.elements(owner);
                    int i = Integer.parseInt(key);
                    return i < elements.size() ? Optional.of(elements.get(i)) : Optional.empty();
                }
                return Optional.empty();
            }
            default -> {
                return Ts.isClass(node) ? ofClass(resolver, owner, key) : Optional.empty();
            }
        }
    }

    private static Optional<Ref> ofObject(Resolver resolver, Ref owner, String key) {
        List<TSNode> members = Ts.namedChildren(owner.node());
        for (int i = members.size() - 1; i >= 0; i--) {
            TSNode member = members.get(i);
            switch (member.getType()) {
                case "pair" -> {
                    if (Ts.keyName(member.getChildByFieldName("key"), owner.file()::text).orElse("").equals(key)) {
                        return Optional.of(owner.at(member.getChildByFieldName("value")));
                    }
                }
                case "shorthand_property_identifier" -> {
                    if (owner.file().text(member).equals(key)) {
                        return Optional.of(owner.at(member));
                    }
                }
                case "method_definition" -> {
                    if (Ts.keyName(member.getChildByFieldName("name"), owner.file()::text).orElse("").equals(key)) {
                        return Ts.hasKeyword(member, "get") ? resolver.returned(owner.at(member), List.of())
                                : Optional.of(owner.at(member));
                    }
                }
                case "spread_element" -> {
                    Ref spread = resolver.resolve(owner.at(Ts.namedChildren(member).get(0)));
                    Optional<Ref> found = resolver.property(spread, key);
                    if (found.isPresent()) {
                        return found;
                    }
                }
                default -> {
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Ref> ofEnum(Ref owner, String key) {
        TSNode body = owner.node().getChildByFieldName("body");
        for (TSNode member : Ts.namedChildren(body)) {
            if (Ts.is(member, "enum_assignment")
                    && Ts.keyName(member.getChildByFieldName("name"), owner.file()::text).orElse("").equals(key)) {
                return Optional.of(owner.at(member.getChildByFieldName("value")));
            }
        }
        return Optional.empty();
    }

    /** A field (static or not), getter or constructor assignment of a class, or of the class it extends. */
    static Optional<Ref> ofClass(Resolver resolver, Ref owner, String key) {
        TSNode body = owner.node().getChildByFieldName("body");
        for (TSNode member : Ts.namedChildren(body)) {
            if (Ts.is(member, "public_field_definition", "field_definition")) {
                TSNode name = Ts.field(member, "name").orElse(member.getChildByFieldName("property"));
                Optional<TSNode> value = Ts.field(member, "value");
                if (value.isPresent() && Ts.keyName(name, owner.file()::text).orElse("").equals(key)) {
                    return Optional.of(owner.at(value.get()));
                }
            } else if (Ts.is(member, "method_definition") && Ts.hasKeyword(member, "get")
                    && Ts.keyName(member.getChildByFieldName("name"), owner.file()::text).orElse("").equals(key)) {
                return resolver.returned(owner.at(member), List.of());
            }
        }
        Optional<Ref> assigned = constructorAssignment(owner, body, key);
        if (assigned.isPresent()) {
            return assigned;
        }
        return superclass(resolver, owner).flatMap(base -> resolver.property(base, key));
    }

    /** `this.key = value` in the constructor. */
    private static Optional<Ref> constructorAssignment(Ref owner, TSNode body, String key) {
        for (TSNode member : Ts.namedChildren(body)) {
            if (!Ts.is(member, "method_definition") || !owner.file().text(member.getChildByFieldName("name")).equals("constructor")) {
                continue;
            }
            for (TSNode statement : Ts.namedChildren(member.getChildByFieldName("body"))) {
                TSNode expression = Ts.namedChildren(statement).stream().findFirst().orElse(null);
                if (Ts.is(statement, "expression_statement") && Ts.is(expression, "assignment_expression")
                        && owner.file().text(expression.getChildByFieldName("left")).equals("this." + key)) {
                    return Optional.of(owner.at(expression.getChildByFieldName("right")));
                }
            }
        }
        return Optional.empty();
    }

    /** The class a class extends, when it is defined in the repository. */
    static Optional<Ref> superclass(Resolver resolver, Ref owner) {
        for (TSNode child : Ts.namedChildren(owner.node())) {
            if (!Ts.is(child, "class_heritage")) {
                continue;
            }
            for (TSNode part : Ts.namedChildren(child)) {
                TSNode base = Ts.is(part, "extends_clause") ? part.getChildByFieldName("value") : part;
                if (Ts.is(part, "implements_clause") || !Ts.present(base)) {
                    continue;
                }
                if (Ts.is(base, "call_expression")) {
                    base = base.getChildByFieldName("function");
                }
                Ref resolved = resolver.resolve(owner.at(base));
                if (Ts.isClass(resolved.node()) && !resolved.key().equals(owner.key())) {
                    return Optional.of(resolved);
                }
            }
        }
        return Optional.empty();
    }
}

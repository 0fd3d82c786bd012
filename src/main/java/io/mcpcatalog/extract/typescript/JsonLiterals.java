package io.mcpcatalog.extract.typescript;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.Optional;
import org.treesitter.TSNode;

/** Converts an object/array literal (constants, spreads and imports followed) to JSON; unreadable values are left out. */
final class JsonLiterals {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonLiterals() {
    }

    /** Whether an object literal looks like a JSON Schema rather than a zod raw shape. */
    static boolean isJsonSchema(Resolver resolver, Ref object) {
        if (!Ts.is(object.node(), "object")) {
            return false;
        }
        Optional<Ref> type = resolver.property(object, "type");
        if (type.isPresent() && Strings.exact(resolver, type.get()).map("object"::equals).orElse(false)) {
            return true;
        }
        Optional<Ref> properties = resolver.property(object, "properties");
        return properties.isPresent() && Ts.is(resolver.resolve(properties.get()).node(), "object");
    }

    static Optional<JsonNode> of(Resolver resolver, Ref ref) {
        if (ref == null || !resolver.enter()) {
            return Optional.empty();
        }
        try {
            return convert(resolver, resolver.resolve(ref));
        } finally {
            resolver.exit();
        }
    }

    private static Optional<JsonNode> convert(Resolver resolver, Ref ref) {
        TSNode node = ref.node();
        switch (node.getType()) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                for (TSNode member : Ts.namedChildren(node)) {
                    switch (member.getType()) {
                        case "pair" -> Ts.keyName(member.getChildByFieldName("key"), ref.file()::text).ifPresent(key ->
                                of(resolver, ref.at(member.getChildByFieldName("value"))).ifPresent(v -> object.set(key, v)));
                        case "shorthand_property_identifier" ->
                                of(resolver, ref.at(member)).ifPresent(v -> object.set(ref.file().text(member), v));
                        case "spread_element" -> of(resolver, ref.at(Ts.namedChildren(member).get(0)))
                                .filter(JsonNode::isObject).ifPresent(v -> object.setAll((ObjectNode) v));
                        default -> {
                        }
                    }
                }
                return Optional.of(object);
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                for (Ref element : resolver.elements(ref)) {
                    of(resolver, element).ifPresent(array::add);
                }
                return Optional.of(array);
            }
            case "true", "false" -> {
                return Optional.of(NODES.booleanNode(node.getType().equals("true")));
            }
            case "null" -> {
                return Optional.of(NODES.nullNode());
            }
            case "number" -> {
                try {
                    return Optional.of(NODES.numberNode(new BigDecimal(ref.text().replace("_", ""))));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
            case "unary_expression" -> {
                return Optional.of(ref.text().replace(" ", "")).filter(t -> t.matches("-\\d+(\\.\\d+)?"))
                        .map(t -> NODES.numberNode(new BigDecimal(t)));
            }
            case "call_expression" -> {
                if (ref.text().startsWith("Object.keys(") || ref.text().startsWith("Object.values(")) {
                    return keysOrValues(resolver, ref);
                }
                return Strings.of(resolver, ref).map(s -> NODES.textNode(s.value()));
            }
            default -> {
                return Strings.of(resolver, ref).map(s -> NODES.textNode(s.value()));
            }
        }
    }

    /** `enum: Object.values(SomeEnum)` and `Object.keys(...)` in a schema literal. */
    private static Optional<JsonNode> keysOrValues(Resolver resolver, Ref call) {
        boolean keys = call.text().startsWith("Object.keys(");
        Ref target = resolver.resolve(call.at(Resolver.arguments(call.node()).get(0)));
        ArrayNode array = NODES.arrayNode();
        TSNode body = Ts.is(target.node(), "enum_declaration") ? target.node().getChildByFieldName("body") : target.node();
        if (!Ts.is(body, "object", "enum_body")) {
            return Optional.empty();
        }
        for (TSNode member : Ts.namedChildren(body)) {
            TSNode key = Ts.is(member, "pair") || Ts.is(member, "enum_assignment")
                    ? Ts.field(member, "key").orElse(member.getChildByFieldName("name")) : member;
            if (keys) {
                Ts.keyName(key, target.file()::text).ifPresent(array::add);
            } else if (Ts.is(member, "pair") || Ts.is(member, "enum_assignment")) {
                Strings.of(resolver, target.at(member.getChildByFieldName("value"))).ifPresent(s -> array.add(s.value()));
            }
        }
        return Optional.of(array);
    }
}

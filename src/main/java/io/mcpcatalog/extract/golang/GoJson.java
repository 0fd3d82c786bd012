package io.mcpcatalog.extract.golang;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Turns Go values written in source into JSON: map and slice literals, struct literals such as jsonschema.Schema,
 * mcp.ToolInputSchema or mcp.ToolAnnotations (fields in lowerCamelCase), strings holding JSON, pointer helpers.
 */
final class GoJson {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> RAW_JSON = Set.of("json.RawMessage", "[]byte");

    private final GoValues values;
    private int depth;

    GoJson(GoValues values) {
        this.values = values;
    }

    /** The JSON value of an expression, or null when it cannot be read from source. */
    JsonNode json(Expr e) {
        if (++depth > 40) {
            depth--;
            return null;
        }
        try {
            return jsonOf(e);
        } finally {
            depth--;
        }
    }

    private JsonNode jsonOf(Expr e) {
        TSNode node = GoSyntax.unwrap(e.node());
        if (node == null) {
            return null;
        }
        Expr x = e.with(node);
        switch (node.getType()) {
            case "true", "false" -> {
                return NODES.booleanNode(node.getType().equals("true"));
            }
            case "nil" -> {
                return null;
            }
            case "int_literal", "float_literal" -> {
                try {
                    return NODES.numberNode(new java.math.BigDecimal(x.text().replace("_", "")));
                } catch (NumberFormatException ex) {
                    return null;
                }
            }
            case "composite_literal", "literal_value" -> {
                return literal(x);
            }
            case "unary_expression" -> {
                return json(x.with(GoSyntax.field(node, "operand")));
            }
            case "identifier", "selector_expression" -> {
                if (node.getType().equals("identifier")
                        && values.resolver().identifier(x) instanceof GoResolver.Bound bound && bound.arg().variadic()) {
                    // A helper's variadic parameter ("required ...string") is the slice of its trailing arguments.
                    return array(values.elements(x));
                }
                Expr target = values.deref(x);
                if (target != null && isCollection(target) && node.getType().equals("identifier")) {
                    TSNode body = GoValues.body(target.node());
                    boolean keyed = body != null && body.getNamedChildCount() > 0
                            && body.getNamedChild(0).getType().equals("keyed_element");
                    return keyed && !isStruct(target) ? object(values.entries(x)) : json(target);
                }
                if (target != null && !GoSyntax.same(target.node(), node)) {
                    return json(target);
                }
                return text(values.str(x));
            }
            case "call_expression" -> {
                return call(x);
            }
            default -> {
                return text(values.str(x));
            }
        }
    }

    private JsonNode call(Expr call) {
        TSNode function = GoSyntax.unwrap(GoSyntax.field(call.node(), "function"));
        java.util.List<TSNode> args = GoSyntax.named(GoSyntax.field(call.node(), "arguments"));
        String callee = function == null ? "" : call.file().text(function);
        if (RAW_JSON.contains(callee) && args.size() == 1) {
            return parse(values.str(call.with(args.get(0))));
        }
        GoSession.Decl decl = values.resolver().callee(call);
        if (decl != null) {
            Str str = values.str(call);
            if (str.complete()) {
                return NODES.textNode(str.text());
            }
            // What the function returns, read as such: a local it returns keeps the entries set after its literal.
            Expr returned = values.resolver().returned(decl, values.resolver().bind(decl, call), 0);
            return returned == null || GoSyntax.same(returned.node(), call.node()) ? null : json(returned);
        }
        if (args.size() == 1 && !callee.startsWith("fmt.") && !callee.startsWith("strings.")) {
            return json(call.with(args.get(0)));
        }
        return text(values.str(call));
    }

    private ArrayNode array(java.util.List<Expr> elements) {
        ArrayNode array = NODES.arrayNode();
        for (Expr element : elements) {
            JsonNode value = json(element);
            if (value != null) {
                array.add(value);
            }
        }
        return array;
    }

    private static JsonNode text(Str str) {
        return str.complete() || !str.text().isEmpty() ? NODES.textNode(str.text()) : null;
    }

    static JsonNode parse(Str str) {
        if (!str.complete()) {
            return null;
        }
        try {
            return MAPPER.readTree(str.text());
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    private static boolean isCollection(Expr e) {
        return e.type().equals("composite_literal") || e.type().equals("literal_value");
    }

    private static boolean isStruct(Expr e) {
        TSNode body = GoValues.body(e.node());
        TSNode first = body == null || body.getNamedChildCount() == 0 ? null : body.getNamedChild(0);
        TSNode key = first == null ? null : GoSyntax.unwrap(GoSyntax.field(first, "key"));
        if (key != null && GoSyntax.stringLiteral(e.file(), key) != null) {
            // A named map type (mcp.ToolInputSchemaProperties{"query": ...}) has string keys; a struct has fields.
            return false;
        }
        TSNode type = GoSyntax.field(e.node(), "type");
        if (type != null) {
            return !type.getType().equals("map_type") && !type.getType().equals("slice_type")
                    && !type.getType().equals("array_type");
        }
        return key != null && key.getType().equals("identifier");
    }

    private JsonNode literal(Expr literal) {
        TSNode body = GoValues.body(literal.node());
        if (body == null) {
            return null;
        }
        boolean keyed = body.getNamedChildCount() > 0 && body.getNamedChild(0).getType().equals("keyed_element");
        if (!keyed) {
            TSNode type = GoSyntax.field(literal.node(), "type");
            if (type != null && !type.getType().equals("slice_type") && !type.getType().equals("array_type")
                    && body.getNamedChildCount() == 0) {
                return NODES.objectNode();
            }
            return array(GoValues.listOf(literal));
        }
        if (!isStruct(literal)) {
            return object(values.entries(literal));
        }
        ObjectNode object = NODES.objectNode();
        for (TSNode element : GoSyntax.named(body)) {
            TSNode key = GoSyntax.unwrap(GoSyntax.field(element, "key"));
            if (key == null || !element.getType().equals("keyed_element")) {
                continue;
            }
            String field = literal.file().text(key);
            JsonNode value = json(literal.with(GoSyntax.unwrap(GoSyntax.field(element, "value"))));
            if (value != null) {
                object.set(field.equals("Types") ? "type" : Character.toLowerCase(field.charAt(0)) + field.substring(1), value);
            }
        }
        return object;
    }

    private JsonNode object(Map<String, Expr> entries) {
        ObjectNode object = NODES.objectNode();
        entries.forEach((key, value) -> {
            JsonNode json = json(value);
            if (json != null) {
                object.set(key, json);
            }
        });
        return object;
    }
}

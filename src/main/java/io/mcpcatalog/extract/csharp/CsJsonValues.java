package io.mcpcatalog.extract.csharp;

import io.mcpcatalog.extract.SyntaxNodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.extract.ParsedFile;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * The JSON Schema an InputSchema expression holds: JSON text in a string literal or constant (parsed by
 * {@code JsonSerializer.Deserialize<JsonElement>(..)}, {@code JsonDocument.Parse(..)}, ..), or an anonymous
 * object serialized to JSON ({@code JsonSerializer.SerializeToElement(new { type = "object", .. })}).
 */
final class CsJsonValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_NODES = 2000;

    private CsJsonValues() {
    }

    static Optional<JsonNode> schema(ParsedFile file, TSNode expression, CsStrings strings) {
        return find(file, expression, strings, new int[] {0});
    }

    private static Optional<JsonNode> find(ParsedFile file, TSNode node, CsStrings strings, int[] visited) {
        if (!SyntaxNodes.present(node) || ++visited[0] > MAX_NODES) {
            return Optional.empty();
        }
        switch (node.getType()) {
            case "anonymous_object_creation_expression": {
                JsonNode value = anonymous(file, node, strings);
                return value != null && value.isObject() ? Optional.of(value) : Optional.empty();
            }
            case "string_literal", "verbatim_string_literal", "raw_string_literal", "interpolated_string_expression",
                 "identifier", "member_access_expression", "binary_expression": {
                Optional<JsonNode> parsed = strings.expression(file, node).filter(text -> !text.partial())
                        .flatMap(text -> CsSchemas.parse(text.text()));
                if (parsed.isPresent() || !node.getType().equals("member_access_expression")) {
                    return parsed;
                }
                break;
            }
            default:
                break;
        }
        for (TSNode child : CsNodes.namedChildren(node)) {
            Optional<JsonNode> found = find(file, child, strings, visited);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** {@code new { type = "object", properties = new { .. }, required = new[] { .. } }} as JSON. */
    private static JsonNode anonymous(ParsedFile file, TSNode node, CsStrings strings) {
        switch (node.getType()) {
            case "anonymous_object_creation_expression": {
                ObjectNode object = NODES.objectNode();
                List<TSNode> tokens = SyntaxNodes.children(node);
                for (int i = 0; i + 2 < tokens.size(); i++) {
                    if (tokens.get(i).getType().equals("identifier") && tokens.get(i + 1).getType().equals("=")) {
                        String name = file.text(tokens.get(i));
                        JsonNode value = anonymous(file, tokens.get(i + 2), strings);
                        object.set(name.startsWith("@") ? name.substring(1) : name, value == null ? NODES.nullNode() : value);
                        i += 2;
                    }
                }
                return object;
            }
            case "implicit_array_creation_expression", "array_creation_expression", "initializer_expression",
                 "collection_expression": {
                ArrayNode array = NODES.arrayNode();
                for (TSNode child : CsNodes.namedChildren(node)) {
                    if (child.getType().endsWith("_type") || child.getType().equals("array_rank_specifier")) {
                        continue;
                    }
                    if (child.getType().equals("initializer_expression") && !node.getType().equals("initializer_expression")) {
                        return anonymous(file, child, strings);
                    }
                    JsonNode value = anonymous(file, child, strings);
                    array.add(value == null ? NODES.nullNode() : value);
                }
                return array;
            }
            case "expression_element", "argument":
                List<TSNode> inner = CsNodes.namedChildren(node);
                return inner.isEmpty() ? null : anonymous(file, inner.get(0), strings);
            case "boolean_literal":
                return NODES.booleanNode(file.text(node).equals("true"));
            case "integer_literal", "real_literal":
                try {
                    return NODES.numberNode(new java.math.BigDecimal(file.text(node).replaceAll("[fFdDmMlLuU_]", "")));
                } catch (NumberFormatException e) {
                    return null;
                }
            default:
                return strings.expression(file, node).<JsonNode>map(text -> NODES.textNode(text.text())).orElse(null);
        }
    }
}

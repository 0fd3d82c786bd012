package io.mcpcatalog.extract.rust;

import io.mcpcatalog.extract.SyntaxNodes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.ToolParam;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;

/** JSON Schemas: built from parameters, or read from a {@code json!({..})} literal. */
final class RustSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RustSchemas() {
    }

    /** {"type":"object","properties":{..},"required":[..]} for the parameters. */
    static String fromParams(List<ToolParam> params) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (ToolParam param : params) {
            ObjectNode property = properties.putObject(param.name());
            if (param.type() != null) {
                property.put("type", param.type());
            }
            if (param.description() != null) {
                property.put("description", param.description());
            }
            if (!param.enumValues().isEmpty()) {
                ArrayNode values = property.putArray("enum");
                param.enumValues().forEach(values::add);
            }
            if (param.required()) {
                required.add(param.name());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return write(schema);
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            return "{}";
        }
    }

    /** The first {@code json!(..)} / {@code serde_json::json!(..)} macro at or under {@code node}, as JSON. */
    static Optional<JsonNode> jsonMacro(ParsedFile file, TSNode node, RustStrings strings) {
        if (!SyntaxNodes.present(node)) {
            return Optional.empty();
        }
        if (node.getType().equals("macro_invocation")) {
            TSNode name = SyntaxNodes.field(node, "macro");
            TSNode tree = RustNodes.firstChildOfType(node, "token_tree");
            if (name != null && tree != null && RustNodes.lastSegment(file, name).equals("json")) {
                List<List<TSNode>> args = RustStrings.arguments(tree);
                return args.size() == 1 ? Optional.ofNullable(value(file, args.get(0), strings)) : Optional.empty();
            }
        }
        for (TSNode child : RustNodes.namedChildren(node)) {
            Optional<JsonNode> found = jsonMacro(file, child, strings);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The body of a {@code json!(..)} written among macro or attribute tokens. */
    static Optional<JsonNode> jsonTokens(ParsedFile file, List<TSNode> tokens, RustStrings strings) {
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (file.text(tokens.get(i)).equals("json") && file.text(tokens.get(i + 1)).equals("!")
                    && tokens.get(i + 2).getType().equals("token_tree")) {
                List<List<TSNode>> args = RustStrings.arguments(tokens.get(i + 2));
                return args.size() == 1 ? Optional.ofNullable(value(file, args.get(0), strings)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The JSON value a token sequence of a {@code json!} body stands for; null when not static. */
    static JsonNode value(ParsedFile file, List<TSNode> tokens, RustStrings strings) {
        if (tokens.isEmpty()) {
            return null;
        }
        if (tokens.size() == 1) {
            TSNode token = tokens.get(0);
            String text = file.text(token);
            switch (token.getType()) {
                case "token_tree":
                    if (text.startsWith("{")) {
                        return object(file, token, strings);
                    }
                    if (text.startsWith("[")) {
                        ArrayNode array = NODES.arrayNode();
                        for (List<TSNode> item : RustStrings.arguments(token)) {
                            JsonNode value = value(file, item, strings);
                            array.add(value == null ? NODES.nullNode() : value);
                        }
                        return array;
                    }
                    break;
                case "boolean_literal":
                    return NODES.booleanNode(text.equals("true"));
                case "integer_literal", "float_literal":
                    return number(text);
                case "identifier":
                    if (text.equals("null")) {
                        return NODES.nullNode();
                    }
                    break;
                default:
                    break;
            }
        }
        if (tokens.size() == 2 && file.text(tokens.get(0)).equals("-")) {
            JsonNode number = number(file.text(tokens.get(1)));
            return number == null ? null : NODES.numberNode(new BigDecimal(number.asText()).negate());
        }
        return strings.tokens(file, tokens).<JsonNode>map(text -> NODES.textNode(text.text())).orElse(null);
    }

    private static JsonNode object(ParsedFile file, TSNode tree, RustStrings strings) {
        ObjectNode object = NODES.objectNode();
        for (List<TSNode> entry : RustStrings.arguments(tree)) {
            int colon = -1;
            for (int i = 0; i < entry.size(); i++) {
                if (file.text(entry.get(i)).equals(":")) {
                    colon = i;
                    break;
                }
            }
            if (colon <= 0) {
                continue;
            }
            JsonNode key = value(file, entry.subList(0, colon), strings);
            if (key == null || !key.isTextual()) {
                continue;
            }
            JsonNode value = value(file, entry.subList(colon + 1, entry.size()), strings);
            object.set(key.asText(), value == null ? NODES.nullNode() : value);
        }
        return object;
    }

    private static JsonNode number(String text) {
        String digits = text.replace("_", "").replaceAll("(?i)(i|u)(8|16|32|64|128|size)$|(?i)f(32|64)$", "");
        try {
            return NODES.numberNode(new BigDecimal(digits));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

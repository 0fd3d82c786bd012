package io.mcpcatalog.extract.csharp;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.extract.ToolParam;
import java.util.List;
import java.util.Optional;

/** JSON Schemas: built from parameters, or read from JSON text written in the source. */
final class CsSchemas {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .build();

    private CsSchemas() {
    }

    static String fromParams(List<ToolParam> params) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = JsonNodeFactory.instance.arrayNode();
        for (ToolParam param : params) {
            ObjectNode property = properties.putObject(param.name());
            property.put("type", param.type());
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

    static Optional<JsonNode> parse(String text) {
        try {
            JsonNode node = JSON.readTree(text);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    static String write(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (Exception e) {
            return "{}";
        }
    }
}

package io.mcpcatalog.extract.jvm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.extract.SchemaParams;
import io.mcpcatalog.extract.ToolParam;
import java.util.List;

/** Input schemas and parameter lists, each derived from the other. */
final class ToolSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ToolSchemas() {
    }

    /** A parameter list and the schema text it came from (or was built into). */
    record Schema(List<ToolParam> params, String json) {

        static final Schema UNKNOWN = new Schema(List.of(), "{}");
    }

    /** The object schema a client would see for these parameters. */
    static Schema fromParams(List<ToolParam> params) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        var required = NODES.arrayNode();
        for (ToolParam param : params) {
            ObjectNode property = properties.putObject(param.name());
            if (param.type() != null && !param.type().equals("any")) {
                property.put("type", param.type());
            }
            if (param.description() != null && !param.description().isEmpty()) {
                property.put("description", param.description());
            }
            if (!param.enumValues().isEmpty()) {
                param.enumValues().forEach(property.putArray("enum")::add);
            }
            if (param.required()) {
                required.add(param.name());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return new Schema(List.copyOf(params), schema.toString());
    }

    /** The parameters of a schema literal. */
    static Schema fromJson(JsonNode schema) {
        return schema == null || !schema.isObject() ? Schema.UNKNOWN
                : new Schema(SchemaParams.fromSchema(schema), schema.toString());
    }

    /** The schema a value denotes, or an unknown schema. */
    static Schema of(JvmValue value) {
        return value == null ? Schema.UNKNOWN : JvmJson.schema(value).map(ToolSchemas::fromJson).orElse(Schema.UNKNOWN);
    }
}

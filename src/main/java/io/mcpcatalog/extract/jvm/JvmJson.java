package io.mcpcatalog.extract.jvm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * Static values as JSON, and input schemas as SDKs let them be written: a JSON text (string literal, text block,
 * constant), a map ({@code Map.of}, {@code mapOf}, {@code buildJsonObject}), the Java SDK's {@code JsonSchema}
 * (constructor or builder) or the Kotlin SDK's {@code ToolSchema} / {@code Tool.Input}.
 */
final class JvmJson {

    /** The schema of a tool without arguments, as the Kotlin SDK's default {@code ToolSchema()} is. */
    static final JvmValue EMPTY_OBJECT_SCHEMA = new JvmValue.Call(JvmValue.Call.Kind.CONSTRUCTOR, "ToolSchema",
            java.util.List.of(), java.util.Map.of());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JvmJson() {
    }

    static JsonNode toJson(JvmValue value) {
        if (value instanceof JvmValue.Text text) {
            return NODES.textNode(text.text());
        }
        if (value instanceof JvmValue.Bool bool) {
            return NODES.booleanNode(bool.value());
        }
        if (value instanceof JvmValue.Num num) {
            return num.value() instanceof Long l ? NODES.numberNode(l) : NODES.numberNode(num.value().doubleValue());
        }
        if (value instanceof JvmValue.EnumConstant constant) {
            return NODES.textNode(constant.name());
        }
        if (value instanceof JvmValue.ListValue list) {
            ArrayNode array = NODES.arrayNode();
            list.items().forEach(item -> array.add(toJson(item)));
            return array;
        }
        if (value instanceof JvmValue.MapValue map) {
            ObjectNode object = NODES.objectNode();
            map.entries().forEach((key, item) -> object.set(key, toJson(item)));
            return object;
        }
        if (value instanceof JvmValue.Call call) {
            return schema(call).orElse(NODES.nullNode());
        }
        return NODES.nullNode();
    }

    /** The JSON Schema a value denotes, if it is one of the forms SDKs accept. */
    static Optional<JsonNode> schema(JvmValue value) {
        if (value instanceof JvmValue.Text text && !text.partial()) {
            try {
                JsonNode parsed = JSON.readTree(text.text());
                return parsed != null && parsed.isObject() ? Optional.of(parsed) : Optional.empty();
            } catch (Exception e) {
                return Optional.empty();
            }
        }
        if (value instanceof JvmValue.MapValue) {
            return Optional.of(toJson(value));
        }
        if (!(value instanceof JvmValue.Call call)) {
            return Optional.empty();
        }
        if (call.typeIs("JsonSchema")) {
            boolean builder = call.kind() == JvmValue.Call.Kind.BUILDER;
            return Optional.of(objectSchema(
                    builder ? call.named("type").orElse(null) : call.arg(0).orElse(null),
                    builder ? call.named("properties").orElse(null) : call.arg(1).orElse(null),
                    builder ? call.named("required").orElse(null) : call.arg(2).orElse(null)));
        }
        if (call.typeIs("ToolSchema", "Input", "Tool.Input")) {
            return Optional.of(objectSchema(call.named("type").orElse(null),
                    call.named("properties").or(() -> call.arg(0)).orElse(null),
                    call.named("required").or(() -> call.arg(1)).orElse(null)));
        }
        return Optional.empty();
    }

    private static ObjectNode objectSchema(JvmValue type, JvmValue properties, JvmValue required) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", type == null ? "object" : JvmValue.fullText(type).orElse("object"));
        schema.set("properties", properties == null ? NODES.objectNode() : toJson(properties));
        if (required != null && toJson(required).isArray()) {
            schema.set("required", toJson(required));
        }
        return schema;
    }
}

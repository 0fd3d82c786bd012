package io.mcpcatalog.extract.golang;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.SchemaParams;
import io.mcpcatalog.extract.SourceLocation;
import io.mcpcatalog.extract.ToolAnnotations;
import io.mcpcatalog.extract.ToolDefinition;
import io.mcpcatalog.extract.ToolParam;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A tool being read from source: what is known so far, turned into an {@link ExtractedTool} at the end. */
final class ToolDraft {

    Str name = Str.UNKNOWN;
    Str description = null;
    final Map<String, ToolParam> params = new LinkedHashMap<>();
    JsonNode schema;
    String title;
    Boolean readOnly;
    Boolean destructive;
    Boolean idempotent;
    Boolean openWorld;
    String file;
    int line;
    String pattern;

    void param(ToolParam param) {
        params.put(param.name(), param);
    }

    boolean hasInput() {
        return schema != null || !params.isEmpty();
    }

    /** Takes the hints declared in a JSON object such as a ToolAnnotations literal. */
    void annotations(JsonNode declared) {
        if (declared == null || !declared.isObject()) {
            return;
        }
        if (declared.path("title").isTextual()) {
            title = declared.get("title").asText();
        }
        readOnly = hint(declared, "readOnlyHint", readOnly);
        destructive = hint(declared, "destructiveHint", destructive);
        idempotent = hint(declared, "idempotentHint", idempotent);
        openWorld = hint(declared, "openWorldHint", openWorld);
    }

    private static Boolean hint(JsonNode declared, String field, Boolean current) {
        JsonNode value = declared.get(field);
        return value != null && value.isBoolean() ? Boolean.valueOf(value.asBoolean()) : current;
    }

    ToolDraft at(String file, int line, String pattern) {
        ToolDraft copy = copy();
        copy.file = file;
        copy.line = line;
        copy.pattern = pattern;
        return copy;
    }

    ToolDraft copy() {
        ToolDraft copy = new ToolDraft();
        copy.name = name;
        copy.description = description;
        copy.params.putAll(params);
        copy.schema = schema;
        copy.title = title;
        copy.readOnly = readOnly;
        copy.destructive = destructive;
        copy.idempotent = idempotent;
        copy.openWorld = openWorld;
        copy.file = file;
        copy.line = line;
        copy.pattern = pattern;
        return copy;
    }

    ExtractedTool toTool() {
        List<ToolParam> list;
        String inputSchema;
        if (schema != null && schema.isObject()) {
            list = new ArrayList<>(SchemaParams.fromSchema(schema));
            inputSchema = schema.toString();
        } else {
            list = new ArrayList<>(params.values());
            inputSchema = params.isEmpty() ? "{}" : build(list).toString();
        }
        ToolAnnotations annotations = new ToolAnnotations(title, readOnly, destructive, idempotent, openWorld);
        Str desc = description == null ? Str.of("") : description;
        ToolDefinition definition = new ToolDefinition(name.text(), desc.text().strip(), list, inputSchema,
                annotations.isEmpty() ? null : annotations, new SourceLocation(file, line, pattern));
        return new ExtractedTool(definition, !desc.complete(), List.of());
    }

    static ObjectNode build(List<ToolParam> params) {
        ObjectNode root = GoJson.MAPPER.createObjectNode();
        root.put("type", "object");
        ObjectNode properties = root.putObject("properties");
        ArrayNode required = GoJson.MAPPER.createArrayNode();
        for (ToolParam param : params) {
            ObjectNode property = properties.putObject(param.name());
            if (param.type() != null && !param.type().equals("any")) {
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
            root.set("required", required);
        }
        return root;
    }
}

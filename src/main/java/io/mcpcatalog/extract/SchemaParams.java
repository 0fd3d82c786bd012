package io.mcpcatalog.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Derives a tool's parameter list from its JSON Schema (top-level properties of an object schema). */
public final class SchemaParams {

    private SchemaParams() {
    }

    public static List<ToolParam> fromSchema(JsonNode schema) {
        if (schema == null || !schema.path("properties").isObject()) {
            return List.of();
        }
        Set<String> required = new HashSet<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        List<ToolParam> params = new ArrayList<>();
        schema.path("properties").fields().forEachRemaining(entry -> {
            JsonNode property = entry.getValue();
            List<String> enumValues = new ArrayList<>();
            property.path("enum").forEach(value -> enumValues.add(value.asText()));
            params.add(new ToolParam(entry.getKey(), typeOf(property), required.contains(entry.getKey()),
                    property.path("description").asText(null), enumValues));
        });
        return params;
    }

    private static String typeOf(JsonNode property) {
        JsonNode type = property.path("type");
        if (type.isTextual()) {
            return type.asText();
        }
        if (type.isArray()) {
            List<String> types = new ArrayList<>();
            type.forEach(t -> types.add(t.asText()));
            return String.join("|", types);
        }
        if (property.has("enum")) {
            return "enum";
        }
        JsonNode branches = property.has("anyOf") ? property.get("anyOf") : property.get("oneOf");
        return branches == null ? "any" : unionOf(branches);
    }

    /** "string|array|null" for branches that each name a type (as pydantic writes {@code str | list[str] | None}). */
    private static String unionOf(JsonNode branches) {
        Set<String> types = new LinkedHashSet<>();
        for (JsonNode branch : branches) {
            if (!branch.path("type").isTextual()) {
                return "union";
            }
            types.add(branch.path("type").asText());
        }
        return types.isEmpty() ? "union" : String.join("|", types);
    }
}

package io.mcpcatalog.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.classify.CapabilityTag;
import io.mcpcatalog.classify.Evidence;
import io.mcpcatalog.classify.Finding;
import io.mcpcatalog.extract.ToolAnnotations;
import io.mcpcatalog.extract.ToolParam;
import java.io.UncheckedIOException;
import java.util.List;

/** The JSON text kept in the catalog's TEXT columns, written and read back in one place. */
final class CatalogJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private CatalogJson() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ToolParam> params(String json) {
        return read(json, new TypeReference<>() { });
    }

    static List<Evidence> evidence(String json) {
        return read(json, new TypeReference<>() { });
    }

    static List<Finding> findings(String json) {
        return read(json, new TypeReference<>() { });
    }

    static List<CapabilityTag> capabilities(String json) {
        return read(json, new TypeReference<>() { });
    }

    /** Declared hints only; null when the tool declares none. */
    static String annotations(ToolAnnotations annotations) {
        if (annotations == null || annotations.isEmpty()) {
            return null;
        }
        ObjectNode node = MAPPER.createObjectNode();
        putIfSet(node, "title", annotations.title());
        putIfSet(node, "readOnlyHint", annotations.readOnlyHint());
        putIfSet(node, "destructiveHint", annotations.destructiveHint());
        putIfSet(node, "idempotentHint", annotations.idempotentHint());
        putIfSet(node, "openWorldHint", annotations.openWorldHint());
        return write(node);
    }

    static ToolAnnotations annotations(String json) {
        return json == null ? null : annotations(tree(json));
    }

    static ToolAnnotations annotations(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        ToolAnnotations annotations = new ToolAnnotations(node.hasNonNull("title") ? node.get("title").asText() : null,
                hint(node, "readOnlyHint"), hint(node, "destructiveHint"), hint(node, "idempotentHint"),
                hint(node, "openWorldHint"));
        return annotations.isEmpty() ? null : annotations;
    }

    private static Boolean hint(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isBoolean() ? value.booleanValue() : null;
    }

    private static void putIfSet(ObjectNode node, String field, Object value) {
        if (value instanceof Boolean flag) {
            node.put(field, flag);
        } else if (value != null) {
            node.put(field, value.toString());
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

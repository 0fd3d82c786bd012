package io.mcpcatalog.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** A server's {@code live} record in a snapshot: what the running server said of itself when introspected. */
final class LiveServerJson {

    private LiveServerJson() {
    }

    static ObjectNode write(LiveServer live) {
        ObjectNode node = CatalogJson.MAPPER.createObjectNode();
        node.put("serverName", live.serverName());
        node.put("serverVersion", live.serverVersion());
        node.put("protocolVersion", live.protocolVersion());
        node.put("packageName", live.packageName());
        node.put("packageVersion", live.packageVersion());
        node.put("transport", live.transport());
        node.put("sandbox", live.sandbox());
        node.put("introspectedAt", live.introspectedAt().toString());
        return node;
    }

    /** The live record, or null when the server has none; a bad date is an IllegalArgumentException saying so. */
    static LiveServer read(JsonNode node) {
        if (node == null || !node.isObject()) {
            return null;
        }
        OffsetDateTime introspectedAt;
        try {
            introspectedAt = OffsetDateTime.parse(node.path("introspectedAt").asText());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("live.introspectedAt: not an ISO-8601 date-time with offset", e);
        }
        return new LiveServer(text(node, "serverName"), text(node, "serverVersion"), text(node, "protocolVersion"),
                text(node, "packageName"), text(node, "packageVersion"), text(node, "transport"),
                text(node, "sandbox"), introspectedAt);
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }
}

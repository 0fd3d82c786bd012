package io.mcpcatalog.catalog;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.classify.Classification;
import io.mcpcatalog.extract.ToolDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Writes the catalog as a snapshot (catalog-data/snapshot.schema.json) that import takes back unchanged. */
@ApplicationScoped
public class SnapshotExporter {

    private static final int PAGE = 100;

    @Inject
    CatalogService catalog;

    public ObjectNode export() {
        ObjectNode root = CatalogJson.MAPPER.createObjectNode();
        root.put("format", "mcp-catalog-snapshot");
        root.put("formatVersion", 1);
        root.put("createdAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        ArrayNode servers = root.putArray("servers");
        String after = null;
        List<ServerSummary> page;
        do {
            page = catalog.servers(null, after, PAGE);
            for (ServerSummary summary : page) {
                catalog.server(summary.server().slug()).ifPresent(detail -> servers.add(server(detail)));
                after = summary.server().slug();
            }
        } while (page.size() == PAGE);
        return root;
    }

    private static ObjectNode server(ServerDetail detail) {
        ServerInfo s = detail.server();
        ObjectNode node = CatalogJson.MAPPER.createObjectNode();
        node.put("name", s.displayName());
        node.put("canonicalName", s.canonicalName());
        node.put("slug", s.slug());
        node.put("repository", s.repository());
        node.put("path", s.path());
        node.put("language", s.language());
        node.put("description", s.description());
        node.put("commit", s.commit());
        node.put("crawledAt", s.crawledAt() == null ? null : s.crawledAt().toString());
        if (s.live() != null) {
            node.set("live", LiveServerJson.write(s.live()));
        }
        ArrayNode tools = node.putArray("tools");
        detail.tools().forEach(tool -> tools.add(tool(tool.definition(), tool.classification())));
        return node;
    }

    private static ObjectNode tool(ToolDefinition d, Classification c) {
        ObjectNode node = CatalogJson.MAPPER.createObjectNode();
        node.put("name", d.name());
        node.put("description", d.description());
        node.set("inputSchema", CatalogJson.tree(d.inputSchema()));
        node.set("annotations", d.annotations() == null ? null : CatalogJson.tree(CatalogJson.annotations(d.annotations())));
        node.set("source", d.source() == null ? null : CatalogJson.MAPPER.valueToTree(d.source()));
        node.set("params", CatalogJson.MAPPER.valueToTree(d.params()));
        ObjectNode classification = node.putObject("classification");
        classification.put("category", c.category().label());
        classification.put("risk", c.risk().label());
        classification.put("confidence", c.confidence());
        classification.put("rationale", c.rationale());
        return node;
    }
}

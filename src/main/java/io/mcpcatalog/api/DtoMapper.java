package io.mcpcatalog.api;

import io.mcpcatalog.catalog.CatalogTool;
import io.mcpcatalog.catalog.CodeDisagreement;
import io.mcpcatalog.catalog.ServerDetail;
import io.mcpcatalog.catalog.ServerInfo;
import io.mcpcatalog.catalog.ServerSummary;
import io.mcpcatalog.classify.Category;
import io.mcpcatalog.classify.Classification;
import io.mcpcatalog.extract.ToolAnnotations;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Catalog values to the API's DTO records. */
final class DtoMapper {

    private DtoMapper() {
    }

    static ToolDto tool(CatalogTool tool, List<CodeDisagreement> codeDisagreements) {
        Classification c = tool.classification();
        return new ToolDto(tool.serverSlug(), tool.serverName(), tool.name(), tool.definition().description(),
                tool.definition().params(), tool.definition().inputSchema(), annotations(tool.definition().annotations()),
                tool.definition().source(), c.category().label(), c.risk().label(), c.confidence(), c.rationale(),
                c.evidence(), c.findings(), c.capabilities(), tool.version(), tool.updatedAt(),
                toolLinks(tool.serverSlug(), tool.name()), codeDisagreements);
    }

    static ToolSummaryDto toolSummary(CatalogTool tool) {
        Classification c = tool.classification();
        return new ToolSummaryDto(tool.serverSlug(), tool.serverName(), tool.name(), tool.definition().description(),
                c.category().label(), c.risk().label(), c.confidence(), c.capabilityLabels(),
                toolLinks(tool.serverSlug(), tool.name()));
    }

    static ServerSummaryDto serverSummary(ServerSummary summary) {
        ServerInfo s = summary.server();
        return new ServerSummaryDto(s.slug(), s.displayName(), s.canonicalName(), s.repository(), summary.toolCount(),
                summary.modifyingCount(), counts(summary.countsByCategory()), serverLinks(s.slug()));
    }

    static ServerDetailDto serverDetail(ServerDetail detail, List<CodeDisagreement> codeDisagreements) {
        ServerInfo s = detail.server();
        ServerSummary summary = detail.summary();
        return new ServerDetailDto(s.slug(), s.displayName(), s.canonicalName(), s.repository(), s.path(), s.language(),
                s.description(), s.commit(), s.crawledAt(), summary.toolCount(), summary.modifyingCount(),
                counts(summary.countsByCategory()), detail.tools().stream().map(DtoMapper::toolSummary).toList(),
                serverLinks(s.slug()), s.live(), codeDisagreements);
    }

    static Map<String, Object> annotations(ToolAnnotations annotations) {
        if (annotations == null) {
            return null;
        }
        Map<String, Object> declared = new LinkedHashMap<>();
        putIfSet(declared, "title", annotations.title());
        putIfSet(declared, "readOnlyHint", annotations.readOnlyHint());
        putIfSet(declared, "destructiveHint", annotations.destructiveHint());
        putIfSet(declared, "idempotentHint", annotations.idempotentHint());
        putIfSet(declared, "openWorldHint", annotations.openWorldHint());
        return declared;
    }

    private static Map<String, Integer> counts(Map<Category, Integer> counts) {
        Map<String, Integer> byLabel = new LinkedHashMap<>();
        counts.forEach((category, count) -> byLabel.put(category.label(), count));
        return byLabel;
    }

    private static Map<String, String> toolLinks(String slug, String name) {
        String base = "/api/v1/servers/" + slug + "/tools/" + encode(name);
        return Map.of("self", base, "policy", base + "/policy", "page", "/servers/" + slug + "/tools/" + encode(name));
    }

    private static Map<String, String> serverLinks(String slug) {
        String base = "/api/v1/servers/" + slug;
        return Map.of("self", base, "policy", base + "/policy", "page", "/servers/" + slug);
    }

    private static String encode(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void putIfSet(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}

package io.mcpcatalog.catalog;

import io.mcpcatalog.classify.Category;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of the catalog. Returns plain values; entities stay inside. */
@ApplicationScoped
@Transactional
public class CatalogService {

    @Inject
    EntityManager entityManager;
    @Inject
    ServerRepository servers;
    @Inject
    ToolRepository tools;

    public Optional<ServerDetail> server(String slug) {
        return servers.findBySlug(slug).map(server -> new ServerDetail(ServerInfo.of(server),
                tools.current(server).stream().map(ToolMapper::toCatalogTool).toList()));
    }

    public boolean hasServer(String slug) {
        return servers.findBySlug(slug).isPresent();
    }

    public Optional<CatalogTool> tool(String slug, String name) {
        return servers.findBySlug(slug).flatMap(server -> tools.findCurrent(server, name)
                .map(tool -> NameCollisions.withFinding(ToolMapper.toCatalogTool(tool),
                        tools.otherServersListing(name, server))));
    }

    public List<ToolVersionInfo> history(String slug, String name) {
        return servers.findBySlug(slug).flatMap(server -> tools.findCurrent(server, name))
                .map(tool -> tools.history(tool).stream()
                        .map(v -> new ToolVersionInfo(v.versionNo, v.description, v.inputSchema, v.createdAt))
                        .toList())
                .orElse(List.of());
    }

    /** Servers in slug order after {@code afterSlug}, with their tool counts per category. */
    public List<ServerSummary> servers(String text, String afterSlug, int limit) {
        List<ServerEntity> page = servers.page(text, afterSlug, limit);
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Category, Integer>> counts = new HashMap<>();
        entityManager.createQuery("""
                        select t.server.id, c.category, count(t) from ToolEntity t
                        join t.currentVersion v join v.classification c
                        where t.server in :servers and t.removedAt is null
                        group by t.server.id, c.category""", Object[].class)
                .setParameter("servers", page)
                .getResultList()
                .forEach(row -> counts.computeIfAbsent((Long) row[0], id -> ServerSummary.zeroCounts())
                        .put(Category.fromLabel((String) row[1]), ((Number) row[2]).intValue()));
        return page.stream().map(server -> {
            Map<Category, Integer> byCategory = counts.getOrDefault(server.id, ServerSummary.zeroCounts());
            int total = byCategory.values().stream().mapToInt(Integer::intValue).sum();
            return new ServerSummary(ServerInfo.of(server), total, byCategory);
        }).toList();
    }

    /** The tools named by these keys that are listed now, in the keys' order (unknown keys left out). */
    public List<CatalogTool> tools(List<ToolKey> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Map<ToolKey, CatalogTool> found = new HashMap<>();
        tools.findCurrent(keys.stream().map(ToolKey::serverSlug).distinct().toList(),
                        keys.stream().map(ToolKey::toolName).distinct().toList())
                .forEach(tool -> found.put(new ToolKey(tool.server.slug, tool.name), ToolMapper.toCatalogTool(tool)));
        return keys.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** Tools listed now, in a stable order, after position {@code afterId}; for walking the whole catalog. */
    public ToolsPage currentTools(long afterId, int limit) {
        List<ToolEntity> page = tools.currentPage(afterId, limit);
        long last = page.isEmpty() ? afterId : page.get(page.size() - 1).id;
        return new ToolsPage(page.stream().map(ToolMapper::toCatalogTool).toList(), last);
    }

    public long serverCount() {
        return servers.count();
    }

    public long toolCount() {
        return tools.countCurrent();
    }

    /** How many current tools were classified by rules other than {@code classifierVersion}. */
    public long staleClassifications(String classifierVersion) {
        return tools.countClassifiedByOtherRules(classifierVersion);
    }
}

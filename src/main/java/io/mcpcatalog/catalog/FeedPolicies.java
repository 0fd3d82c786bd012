package io.mcpcatalog.catalog;

import io.mcpcatalog.policy.PolicyJson;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Keeps the feed true to policies as well as to classifications. The feed serves each tool's balanced policy; that
 * policy also changes without any import (a new policy compiler, new profile or handle data, another path root or
 * amount cap). Each feed row remembers a digest of the policy it was announced with, and at start every current
 * tool whose policy now differs moves up the feed, so a gateway following it learns of the change.
 */
@ApplicationScoped
class FeedPolicies {

    private static final Logger LOG = Logger.getLogger(FeedPolicies.class);
    private static final int PAGE = 500;

    @Inject
    EntityManager entityManager;
    @Inject
    ToolRepository tools;
    @Inject
    CatalogPolicies policies;
    @Inject
    FeedWriter feed;

    /** In an import's transaction, after the tools moved up the feed: the policies they were announced with. */
    void remember(Set<Long> toolIds) {
        if (!toolIds.isEmpty()) {
            // The import's new entities lack their inverse sides (a version's classification) in the persistence
            // context; read what it wrote from the database.
            entityManager.flush();
            entityManager.clear();
            store(digests(tools.findCurrentByIds(toolIds)));
        }
    }

    void onStart(@Observes @Priority(StaleClassifications.STARTUP_ORDER + 1) StartupEvent event) {
        int moved = announceChangedPolicies();
        if (moved > 0) {
            LOG.infof("%d tools moved up the feed: their policy changed since they were last announced", moved);
        }
    }

    /** Moves up the feed every current tool whose policy differs from the one it was last announced with. */
    @Transactional
    int announceChangedPolicies() {
        Set<Long> changed = new HashSet<>();
        long after = 0;
        List<ToolEntity> page;
        while (!(page = tools.currentPage(after, PAGE)).isEmpty()) {
            Map<Long, String> now = digests(page);
            Map<Long, String> announced = announced(now.keySet());
            now.forEach((id, digest) -> {
                if (!digest.equals(announced.get(id))) {
                    changed.add(id);
                }
            });
            after = page.get(page.size() - 1).id;
        }
        if (!changed.isEmpty()) {
            feed.recordChanged(changed);
            remember(changed);
        }
        return changed.size();
    }

    private Map<Long, String> digests(List<ToolEntity> current) {
        Map<Long, String> digests = new HashMap<>();
        for (ToolEntity tool : current) {
            String policy = CatalogJson.write(PolicyJson.document(policies.forTool(ToolMapper.toCatalogTool(tool))));
            digests.put(tool.id, Sha256.hex(policy, 16));
        }
        return digests;
    }

    private Map<Long, String> announced(Collection<Long> ids) {
        Map<Long, String> announced = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                        "select tool_id, policy_sha from tool_feed where tool_id = any(cast(:ids as bigint[]))")
                .setParameter("ids", ids.toArray(Long[]::new))
                .getResultList();
        rows.forEach(row -> announced.put(((Number) row[0]).longValue(), (String) row[1]));
        return announced;
    }

    private void store(Map<Long, String> digests) {
        List<Map.Entry<Long, String>> entries = List.copyOf(digests.entrySet());
        entityManager.createNativeQuery("""
                        update tool_feed f set policy_sha = d.sha
                        from unnest(cast(:ids as bigint[]), cast(:shas as text[])) as d(id, sha)
                        where f.tool_id = d.id""")
                .setParameter("ids", entries.stream().map(Map.Entry::getKey).toArray(Long[]::new))
                .setParameter("shas", entries.stream().map(Map.Entry::getValue).toArray(String[]::new))
                .executeUpdate();
    }
}

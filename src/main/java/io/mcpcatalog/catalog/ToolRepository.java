package io.mcpcatalog.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
class ToolRepository implements PanacheRepository<ToolEntity> {

    /** Every tool of the server that is listed now, with its current version and classification loaded. */
    List<ToolEntity> current(ServerEntity server) {
        return getEntityManager().createQuery("""
                        select t from ToolEntity t
                        join fetch t.currentVersion v
                        left join fetch v.classification
                        where t.server = :server and t.removedAt is null
                        order by t.id""", ToolEntity.class)
                .setParameter("server", server)
                .getResultList();
    }

    /** Every tool of the server ever seen, removed ones included, by name. */
    List<ToolEntity> all(ServerEntity server) {
        return list("server", server);
    }

    Optional<ToolEntity> findCurrent(ServerEntity server, String name) {
        return getEntityManager().createQuery("""
                        select t from ToolEntity t
                        join fetch t.currentVersion v
                        left join fetch v.classification
                        where t.server = :server and t.name = :name and t.removedAt is null""", ToolEntity.class)
                .setParameter("server", server)
                .setParameter("name", name)
                .getResultStream().findFirst();
    }

    /** Current tools whose server slug and name are among these; the caller picks the exact pairs. */
    List<ToolEntity> findCurrent(List<String> slugs, List<String> names) {
        return getEntityManager().createQuery("""
                        select t from ToolEntity t
                        join fetch t.server s
                        join fetch t.currentVersion v
                        left join fetch v.classification
                        where s.slug in :slugs and t.name in :names and t.removedAt is null""", ToolEntity.class)
                .setParameter("slugs", slugs)
                .setParameter("names", names)
                .getResultList();
    }

    /** Slugs of the other servers that list a tool of this name now, in slug order. */
    List<String> otherServersListing(String name, ServerEntity except) {
        return getEntityManager().createQuery("""
                        select s.slug from ToolEntity t join t.server s
                        where t.name = :name and t.removedAt is null and s <> :except
                        order by s.slug""", String.class)
                .setParameter("name", name)
                .setParameter("except", except)
                .getResultList();
    }

    List<ToolVersionEntity> history(ToolEntity tool) {
        return getEntityManager().createQuery(
                        "from ToolVersionEntity v where v.tool = :tool order by v.versionNo desc", ToolVersionEntity.class)
                .setParameter("tool", tool)
                .getResultList();
    }

    /** Tools listed now in the whole catalog, in id order after {@code afterId}; for rebuilding the index. */
    List<ToolEntity> currentPage(long afterId, int limit) {
        return getEntityManager().createQuery("""
                        select t from ToolEntity t
                        join fetch t.server
                        join fetch t.currentVersion v
                        left join fetch v.classification
                        where t.removedAt is null and t.id > :after
                        order by t.id""", ToolEntity.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** The current (not removed) tools among these ids, with server, version and classification loaded. */
    List<ToolEntity> findCurrentByIds(Collection<Long> ids) {
        return getEntityManager().createQuery("""
                        select t from ToolEntity t
                        join fetch t.server
                        join fetch t.currentVersion v
                        left join fetch v.classification
                        where t.id in :ids and t.removedAt is null""", ToolEntity.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    long countCurrent() {
        return count("removedAt is null");
    }

    /** Current tools whose classification was made by rules other than {@code classifierVersion}. */
    long countClassifiedByOtherRules(String classifierVersion) {
        return count("removedAt is null and currentVersion.classification.classifierVersion <> ?1", classifierVersion);
    }
}

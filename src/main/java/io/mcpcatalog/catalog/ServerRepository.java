package io.mcpcatalog.catalog;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
class ServerRepository implements PanacheRepository<ServerEntity> {

    Optional<ServerEntity> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    Optional<ServerEntity> findByCanonicalName(String canonicalName) {
        return find("canonicalName", canonicalName).firstResultOptional();
    }

    /** A page of servers after {@code afterSlug} in slug order, optionally filtered by a case-insensitive text. */
    List<ServerEntity> page(String text, String afterSlug, int limit) {
        StringBuilder jpql = new StringBuilder("from ServerEntity s where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (afterSlug != null) {
            jpql.append(" and s.slug > :after");
            parameters.put("after", afterSlug);
        }
        if (text != null && !text.isBlank()) {
            jpql.append(" and (lower(s.displayName) like :like or lower(s.canonicalName) like :like"
                    + " or lower(s.slug) like :like or lower(s.description) like :like)");
            parameters.put("like", "%" + text.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        TypedQuery<ServerEntity> query = getEntityManager()
                .createQuery(jpql.append(" order by s.slug").toString(), ServerEntity.class);
        parameters.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }
}

package io.mcpcatalog.crawl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads of the crawl queue for the API and the progress log. */
@ApplicationScoped
public class CrawlReads {

    static final List<String> STATES = List.of("queued", "running", "done", "failed");

    @Inject
    EntityManager entityManager;
    @Inject
    SourceScheduler scheduler;

    @Transactional
    public Optional<CrawlJob> find(long id) {
        return Optional.ofNullable(entityManager.find(CrawlJobEntity.class, id)).map(CrawlJob::of);
    }

    @Transactional
    public CrawlProgress progress(int recent) {
        List<CrawlJob> jobs = entityManager.createQuery("from CrawlJobEntity order by id desc", CrawlJobEntity.class)
                .setMaxResults(recent).getResultStream().map(CrawlJob::of).toList();
        Number tools = (Number) entityManager.createNativeQuery("""
                        select coalesce(sum(tools_found), 0) from (
                            select distinct on (source_key) tools_found from crawl_jobs where state = 'done'
                            order by source_key, finished_at desc) last_done""").getSingleResult();
        SourceFolder.Loaded sources = scheduler.loaded();
        return new CrawlProgress(counts(), tools.longValue(), sources.sources().size(), sources.problems(), jobs);
    }

    /** Jobs per state, every state present. */
    @Transactional
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATES.forEach(state -> counts.put(state, 0L));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select state, count(*) from crawl_jobs group by state")
                .getResultList();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}

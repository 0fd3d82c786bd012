package io.mcpcatalog.crawl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The crawl queue in PostgreSQL, shared by every instance. At most one job per source is queued or running (a
 * unique partial index), so neither two schedulers nor a repeated request queue a source twice. A worker leases the
 * oldest ready job with FOR UPDATE SKIP LOCKED and renews the lease while it works; a job whose lease ran out (its
 * worker died) is ready again. A leased job carries what its runner compares with: the version its source's last
 * done job found and when the source was last crawled in full. Each method is its own short transaction.
 */
@ApplicationScoped
public class CrawlQueue {

    @Inject
    EntityManager entityManager;
    @Inject
    CrawlConfig config;
    @Inject
    CrawlInstance instance;

    /** Queues a crawl of the source now, unless one is already queued or running: then that job is the answer. */
    @Transactional
    public CrawlJob enqueue(CrawlSource source) {
        Optional<Long> created = insert(source, "");
        long id = created.orElseGet(() -> ((Number) entityManager.createNativeQuery(
                        "select id from crawl_jobs where source_key = :key and state in ('queued', 'running')")
                .setParameter("key", source.key()).getSingleResult()).longValue());
        return CrawlJob.of(entityManager.find(CrawlJobEntity.class, id));
    }

    /** Queues a crawl of each source that is not queued or running; returns how many it queued. */
    @Transactional
    public int enqueueAll(List<CrawlSource> sources) {
        return (int) sources.stream().filter(source -> insert(source, "").isPresent()).count();
    }

    /**
     * Queues each source whose re-crawl interval has passed since its last job finished, and that is not queued or
     * running. Returns how many jobs it queued.
     */
    @Transactional
    public int enqueueDue(List<CrawlSource> sources) {
        SchedulerLock.exclusive(entityManager);
        int queued = 0;
        for (CrawlSource source : sources) {
            queued += insert(source, """
                    where not exists (select 1 from crawl_jobs where source_key = :key and state in ('done', 'failed')
                                      and finished_at > now() - make_interval(secs => :recrawl))""").isPresent() ? 1 : 0;
        }
        return queued;
    }

    private Optional<Long> insert(CrawlSource source, String condition) {
        var query = entityManager.createNativeQuery("""
                        insert into crawl_jobs (kind, source, source_key, spec, state, attempts, max_attempts, run_after, created_at)
                        select :kind, :source, :key, :spec, 'queued', 0, :attempts, now(), now()
                        %s
                        on conflict (source_key) where state in ('queued', 'running') do nothing
                        returning id""".formatted(condition))
                .setParameter("kind", source.kind())
                .setParameter("source", source.source())
                .setParameter("key", source.key())
                .setParameter("spec", source.spec().toString())
                .setParameter("attempts", config.maxAttempts());
        if (!condition.isEmpty()) {
            query.setParameter("recrawl", (double) source.recrawl().toMillis() / 1000);
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = query.getResultList();
        return ids.stream().findFirst().map(Number::longValue);
    }

    /** Takes the next ready job for this instance, if any: queued and due, or running with an expired lease. */
    @Transactional
    public Optional<LeasedJob> lease() {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("""
                        update crawl_jobs set state = 'running', attempts = attempts + 1, leased_by = :worker,
                               lease_until = now() + make_interval(secs => :lease), started_at = now()
                        where id = (select id from crawl_jobs
                                    where (state = 'queued' and run_after <= now())
                                       or (state = 'running' and lease_until < now() and attempts < max_attempts)
                                    order by run_after, id
                                    for update skip locked
                                    limit 1)
                        returning id""")
                .setParameter("worker", instance.id())
                .setParameter("lease", config.lease().toSeconds())
                .getResultList();
        return ids.stream().findFirst().map(id -> {
            CrawlJobEntity job = entityManager.find(CrawlJobEntity.class, id.longValue());
            @SuppressWarnings("unchecked")
            List<String> last = entityManager.createNativeQuery("""
                            select version from crawl_jobs where source_key = :key and state = 'done'
                            order by finished_at desc limit 1""")
                    .setParameter("key", job.sourceKey).getResultList();
            List<OffsetDateTime> listed = entityManager.createQuery("""
                            select finishedAt from CrawlJobEntity where sourceKey = :key and state = 'done'
                            and unchanged = false order by finishedAt desc""", OffsetDateTime.class)
                    .setParameter("key", job.sourceKey).setMaxResults(1).getResultList();
            return new LeasedJob(CrawlJob.of(job), job.spec, last.stream().findFirst().orElse(null),
                    listed.stream().findFirst().orElse(null));
        });
    }

    /** Keeps this instance's leases on the jobs it is running. */
    @Transactional
    public void renew(Collection<Long> jobIds) {
        if (!jobIds.isEmpty()) {
            entityManager.createNativeQuery("""
                            update crawl_jobs set lease_until = now() + make_interval(secs => :lease)
                            where id in (:ids) and leased_by = :worker and state = 'running'""")
                    .setParameter("lease", config.lease().toSeconds())
                    .setParameter("ids", jobIds)
                    .setParameter("worker", instance.id())
                    .executeUpdate();
        }
    }

    /** Fails for good the jobs whose lease ran out on their last attempt: their workers kept dying on them. */
    @Transactional
    public int failAbandoned() {
        SchedulerLock.shared(entityManager);
        return entityManager.createNativeQuery("""
                        update crawl_jobs set state = 'failed', finished_at = now(), lease_until = null,
                               error = 'its worker stopped during each of its ' || attempts || ' attempts'
                        where state = 'running' and lease_until < now() and attempts >= max_attempts""")
                .executeUpdate();
    }

    /** Gives back jobs this instance will not finish (it is stopping), so another instance takes them at once. */
    @Transactional
    public void release(Collection<Long> jobIds) {
        if (!jobIds.isEmpty()) {
            entityManager.createNativeQuery("""
                            update crawl_jobs set state = 'queued', attempts = attempts - 1, leased_by = null,
                                   lease_until = null, run_after = now()
                            where id in (:ids) and leased_by = :worker and state = 'running'""")
                    .setParameter("ids", jobIds)
                    .setParameter("worker", instance.id())
                    .executeUpdate();
        }
    }
}

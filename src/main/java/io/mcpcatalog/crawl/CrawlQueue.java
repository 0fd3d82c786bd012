package io.mcpcatalog.crawl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The crawl queue in PostgreSQL. A worker leases the oldest ready job with FOR UPDATE SKIP LOCKED, so any number
 * of workers and instances share one queue without taking the same job; a job whose lease expired (its worker
 * died) is ready again. Each method is its own short transaction.
 */
@ApplicationScoped
public class CrawlQueue {

    static final Duration LEASE = Duration.ofMinutes(10);

    @Inject
    EntityManager entityManager;

    @Transactional
    public CrawlJob enqueue(String source) {
        CrawlJobEntity job = new CrawlJobEntity();
        job.source = source;
        job.state = "queued";
        job.maxAttempts = 3;
        job.createdAt = now();
        job.runAfter = job.createdAt;
        entityManager.persist(job);
        return CrawlJob.of(job);
    }

    @Transactional
    public Optional<CrawlJob> find(long id) {
        return Optional.ofNullable(entityManager.find(CrawlJobEntity.class, id)).map(CrawlJob::of);
    }

    @Transactional
    public List<CrawlJob> recent(int limit) {
        return entityManager.createQuery("from CrawlJobEntity order by id desc", CrawlJobEntity.class)
                .setMaxResults(limit).getResultStream().map(CrawlJob::of).toList();
    }

    /** Takes the next ready job for {@code worker}, if any: queued and due, or running with an expired lease. */
    @Transactional
    public Optional<CrawlJob> lease(String worker) {
        @SuppressWarnings("unchecked")
        List<Number> ids = entityManager.createNativeQuery("""
                        update crawl_jobs set state = 'running', attempts = attempts + 1, leased_by = :worker,
                               lease_until = now() + make_interval(secs => :lease), started_at = now()
                        where id = (select id from crawl_jobs
                                    where (state = 'queued' and run_after <= now())
                                       or (state = 'running' and lease_until < now())
                                    order by run_after, id
                                    for update skip locked
                                    limit 1)
                        returning id""")
                .setParameter("worker", worker)
                .setParameter("lease", LEASE.toSeconds())
                .getResultList();
        return ids.stream().findFirst().flatMap(id -> find(id.longValue()));
    }

    @Transactional
    public void complete(long id, String worker, String commit, int servers, int tools, Long importRunId, String problems) {
        CrawlJobEntity job = owned(id, worker);
        if (job != null) {
            job.state = "done";
            job.finishedAt = now();
            job.commitSha = commit;
            job.serversFound = servers;
            job.toolsFound = tools;
            job.importRunId = importRunId;
            job.problems = problems;
            job.error = null;
            job.leaseUntil = null;
        }
    }

    /** Records a failure: retried later with exponential backoff while attempts remain, else failed for good. */
    @Transactional
    public void fail(long id, String worker, String error) {
        CrawlJobEntity job = owned(id, worker);
        if (job != null) {
            job.error = error;
            job.leaseUntil = null;
            if (job.attempts < job.maxAttempts) {
                job.state = "queued";
                job.runAfter = now().plusSeconds(10L << Math.min(job.attempts, 10));
            } else {
                job.state = "failed";
                job.finishedAt = now();
            }
        }
    }

    /** The job, unless another worker took it over after this one's lease expired. */
    private CrawlJobEntity owned(long id, String worker) {
        CrawlJobEntity job = entityManager.find(CrawlJobEntity.class, id);
        return job != null && worker.equals(job.leasedBy) && "running".equals(job.state) ? job : null;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

package io.mcpcatalog.crawl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Writes how this instance's jobs ended. Every write is fenced by the lease: a job that another worker took over
 * (this one's lease ran out) is left to that worker.
 */
@ApplicationScoped
public class CrawlJobResults {

    @Inject
    EntityManager entityManager;
    @Inject
    CrawlConfig config;
    @Inject
    CrawlInstance instance;

    /** Marks the job done with what its runner found. An unchanged source keeps the counts of its last crawl. */
    @Transactional
    public void complete(long id, CrawlResult result) {
        CrawlJobEntity job = ending(id);
        if (job != null) {
            write(job, result);
            if (result.unchanged()) {
                carryCountsForward(job);
            }
            finish(job, "done");
        }
    }

    /** Marks done a job whose result an earlier attempt recorded with its import. */
    @Transactional
    public void completeRecorded(long id) {
        CrawlJobEntity job = ending(id);
        if (job != null) {
            finish(job, "done");
        }
    }

    /** Records a failure: retried later with exponential backoff while attempts remain, else failed for good. */
    @Transactional
    public void fail(long id, String error) {
        CrawlJobEntity job = ending(id);
        if (job == null) {
            return;
        }
        job.error = error;
        if (job.attempts < job.maxAttempts) {
            job.state = "queued";
            job.leaseUntil = null;
            job.runAfter = now().plus(config.retryBackoff().multipliedBy(1L << Math.min(job.attempts - 1, 10)));
        } else {
            finish(job, "failed");
        }
    }

    /** Fails the job without retrying: trying again cannot help. */
    @Transactional
    public void failForGood(long id, String error) {
        CrawlJobEntity job = ending(id);
        if (job != null) {
            job.error = error;
            finish(job, "failed");
        }
    }

    /**
     * Inside the transaction that imports a job's findings: locks the job and checks this instance still holds it,
     * so that the import and {@link #recordResult} commit together or not at all.
     *
     * @throws IllegalStateException when another worker took the job over; the transaction must roll back
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void holdForImport(long id) {
        if (owned(id, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException("crawl job " + id + " is no longer held by this instance; its import is dropped");
        }
    }

    /** In the import's transaction: the result, kept with the job so a takeover completes it without redoing it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordResult(long id, CrawlResult result) {
        write(entityManager.find(CrawlJobEntity.class, id), result);
    }

    private static void write(CrawlJobEntity job, CrawlResult result) {
        job.version = result.version();
        job.unchanged = result.unchanged();
        job.relisted = result.relisted();
        job.serversFound = result.serversFound();
        job.toolsFound = result.toolsFound();
        job.importRunId = result.importRunId();
        job.problems = result.problemsJson();
    }

    private void carryCountsForward(CrawlJobEntity job) {
        List<CrawlJobEntity> last = entityManager.createQuery("""
                        from CrawlJobEntity where sourceKey = :key and state = 'done' order by finishedAt desc""",
                        CrawlJobEntity.class)
                .setParameter("key", job.sourceKey).setMaxResults(1).getResultList();
        last.stream().findFirst().ifPresent(previous -> {
            job.serversFound = previous.serversFound;
            job.toolsFound = previous.toolsFound;
        });
    }

    private static void finish(CrawlJobEntity job, String state) {
        job.state = state;
        job.finishedAt = now();
        job.leaseUntil = null;
        if (state.equals("done")) {
            job.error = null;
        }
    }

    /** A job that ends (done, or failed) takes the scheduler lock first; see {@link SchedulerLock}. */
    private CrawlJobEntity ending(long id) {
        SchedulerLock.shared(entityManager);
        return owned(id, LockModeType.NONE);
    }

    private CrawlJobEntity owned(long id, LockModeType lock) {
        CrawlJobEntity job = entityManager.find(CrawlJobEntity.class, id, lock);
        return job != null && instance.id().equals(job.leasedBy) && "running".equals(job.state) ? job : null;
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

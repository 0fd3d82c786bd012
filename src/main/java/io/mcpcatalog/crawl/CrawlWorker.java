package io.mcpcatalog.crawl;

import io.quarkus.arc.All;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Runs crawl jobs from the queue on a pool of {@code catalog.crawl.concurrency} threads (never on the scheduler's
 * thread), each by the runner of its kind. It leases a job only when a thread is free, renews the leases of the jobs
 * it runs at every poll, and gives them back when the service stops. It takes no job before every start-up step has
 * run: a crawl that imported beside the seed import would race it for the same new servers.
 */
@ApplicationScoped
public class CrawlWorker {

    private static final Logger LOG = Logger.getLogger(CrawlWorker.class);

    @Inject
    CrawlQueue queue;
    @Inject
    CrawlJobResults results;
    @Inject
    CrawlConfig config;
    @Inject
    CrawlProgressLog progress;
    @Inject
    @All
    List<CrawlJobRunner> runners;

    private final Map<String, CrawlJobRunner> runnerByKind = new HashMap<>();
    private final Set<Long> running = ConcurrentHashMap.newKeySet();
    private final AtomicInteger threadNumber = new AtomicInteger();
    private Semaphore freeThreads;
    private ExecutorService threads;
    private volatile boolean stopping;
    private volatile boolean started;

    @PostConstruct
    void start() {
        if (config.concurrency() < 1) {
            throw new IllegalStateException("catalog.crawl.concurrency must be at least 1, was " + config.concurrency());
        }
        if (config.lease().compareTo(config.pollInterval().multipliedBy(3)) < 0) {
            throw new IllegalStateException("catalog.crawl.lease (" + config.lease() + ") must be at least three times "
                    + "catalog.crawl.poll-interval (" + config.pollInterval() + "), which renews the leases");
        }
        for (CrawlJobRunner runner : runners) {
            for (String kind : runner.kinds()) {
                CrawlJobRunner other = runnerByKind.putIfAbsent(kind, runner);
                if (other != null) {
                    throw new IllegalStateException("two crawl runners for kind '" + kind + "': "
                            + other.getClass().getName() + " and " + runner.getClass().getName());
                }
            }
        }
        freeThreads = new Semaphore(config.concurrency());
        threads = Executors.newFixedThreadPool(config.concurrency(),
                task -> new Thread(task, "crawl-" + threadNumber.incrementAndGet()));
    }

    /** Last of the start-up steps (seed import, re-classification, feed), which the scheduler does not wait for. */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) StartupEvent event) {
        started = true;
    }

    @Scheduled(every = "${catalog.crawl.poll-interval:2s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!started) {
            return;
        }
        queue.renew(Set.copyOf(running));
        int abandoned = queue.failAbandoned();
        if (abandoned > 0) {
            LOG.warnf("%d crawl jobs failed for good: their workers stopped during every attempt", abandoned);
        }
        takeJobs();
        progress.logIfDue();
    }

    /** Leases jobs while threads are free; each thread takes the next job as soon as it is done with one. */
    private void takeJobs() {
        while (!stopping && freeThreads.tryAcquire()) {
            Optional<LeasedJob> leased;
            try {
                leased = queue.lease();
            } catch (RuntimeException e) {
                freeThreads.release();
                LOG.warnf("cannot lease a crawl job: %s", e.getMessage());
                return;
            }
            if (leased.isEmpty()) {
                freeThreads.release();
                return;
            }
            LeasedJob job = leased.get();
            running.add(job.job().id());
            try {
                threads.execute(() -> {
                    try {
                        run(job);
                    } finally {
                        running.remove(job.job().id());
                        freeThreads.release();
                    }
                    takeJobs();
                });
            } catch (RejectedExecutionException stopped) {
                running.remove(job.job().id());
                freeThreads.release();
                queue.release(Set.of(job.job().id()));
                return;
            }
        }
    }

    private void run(LeasedJob leased) {
        CrawlJob job = leased.job();
        long started = System.nanoTime();
        try {
            if (leased.resultRecorded()) {
                results.completeRecorded(job.id());
                progress.taken(job, "completed: an earlier attempt imported it before its worker stopped");
                return;
            }
            CrawlJobRunner runner = runnerByKind.get(job.kind());
            if (runner == null) {
                results.failForGood(job.id(), "no crawl runner for kind '" + job.kind() + "' in this service (it runs "
                        + String.join(", ", runnerByKind.keySet().stream().sorted().toList()) + ")");
                progress.failed(job, "no runner for its kind", false);
                return;
            }
            CrawlResult result = runner.run(leased.request());
            results.complete(job.id(), result);
            progress.done(job, result, (System.nanoTime() - started) / 1_000_000);
        } catch (CrawlFailure | RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            try {
                results.fail(job.id(), reason);
            } catch (RuntimeException writeFailed) {
                LOG.warnf("cannot record the failure of crawl %d: %s", job.id(), writeFailed.getMessage());
            }
            progress.failed(job, reason, job.attempts() < job.maxAttempts());
        }
    }

    /** Gives the jobs in hand back to the queue, so another instance takes them now rather than when leases expire. */
    void stop(@Observes ShutdownEvent event) {
        stopping = true;
        try {
            queue.release(Set.copyOf(running));
        } catch (RuntimeException e) {
            LOG.warnf("cannot give back %d crawl jobs; they are taken over when their leases expire: %s",
                    running.size(), e.getMessage());
        }
        threads.shutdownNow();
    }
}

package io.mcpcatalog.crawl;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/** Progress lines in the log: one per job that ends, and the queue's counts every few seconds while jobs end. */
@ApplicationScoped
public class CrawlProgressLog {

    private static final Logger LOG = Logger.getLogger("io.mcpcatalog.crawl.progress");
    private static final long SUMMARY_EVERY_NANOS = 10_000_000_000L;

    @Inject
    CrawlReads reads;

    private final AtomicInteger endedSinceSummary = new AtomicInteger();
    private final AtomicLong lastSummary = new AtomicLong(System.nanoTime());

    void done(CrawlJob job, CrawlResult result, long millis) {
        endedSinceSummary.incrementAndGet();
        if (result.unchanged()) {
            LOG.infof("crawl %d (%s %s) unchanged at %s, nothing extracted (%d ms)", job.id(), job.kind(), job.source(),
                    result.version(), millis);
        } else {
            LOG.infof("crawl %d (%s %s) done%s: version %s, %d servers, %d tools, import %s (%d ms)", job.id(),
                    job.kind(), job.source(), result.relisted() ? " (listed again, version unchanged)" : "",
                    result.version(), result.serversFound(), result.toolsFound(), result.importRunId(), millis);
        }
    }

    void taken(CrawlJob job, String what) {
        endedSinceSummary.incrementAndGet();
        LOG.infof("crawl %d (%s %s) %s", job.id(), job.kind(), job.source(), what);
    }

    void failed(CrawlJob job, String reason, boolean retried) {
        endedSinceSummary.incrementAndGet();
        LOG.warnf("crawl %d (%s %s) failed, attempt %d of %d%s: %s", job.id(), job.kind(), job.source(), job.attempts(),
                job.maxAttempts(), retried ? ", will be retried" : "", reason);
    }

    /** The queue's counts, at most every ten seconds and only when jobs ended since the last line. */
    void logIfDue() {
        long now = System.nanoTime();
        long last = lastSummary.get();
        if (now - last >= SUMMARY_EVERY_NANOS && endedSinceSummary.get() > 0 && lastSummary.compareAndSet(last, now)) {
            endedSinceSummary.set(0);
            LOG.infof("crawl progress: %s", reads.counts());
        }
    }
}

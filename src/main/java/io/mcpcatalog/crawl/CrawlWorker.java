package io.mcpcatalog.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mcpcatalog.catalog.ImportReport;
import io.mcpcatalog.catalog.ImportService;
import io.mcpcatalog.catalog.ServerImport;
import io.mcpcatalog.extract.RepositoryExtractor;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Takes crawl jobs from the queue and runs them: scan the source, import what it found (one transaction, so a
 * failed crawl leaves the catalog as it was), record the counts. A scan that ran out of time imports nothing,
 * since a partial tool list would remove the tools it did not reach.
 */
@ApplicationScoped
public class CrawlWorker {

    private static final Logger LOG = Logger.getLogger(CrawlWorker.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int JOBS_PER_TICK = 10;

    private final String workerId = "worker-" + UUID.randomUUID();
    private final SourceScanner scanner = new SourceScanner(RepositoryExtractor.withAllExtractors());

    @Inject
    CrawlQueue queue;
    @Inject
    ImportService imports;

    @Scheduled(every = "${catalog.crawl.poll-interval:2s}", delayed = "2s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        for (int i = 0; i < JOBS_PER_TICK; i++) {
            Optional<CrawlJob> job = queue.lease(workerId);
            if (job.isEmpty()) {
                return;
            }
            run(job.get());
        }
    }

    private void run(CrawlJob job) {
        try {
            ScanOutcome outcome = scanner.scan(job.source(), SourceScanner.DEFAULT_BUDGET);
            if (outcome.scan().timedOut()) {
                throw new IOException("the scan ran out of its time budget; nothing was imported");
            }
            List<ServerImport> servers = CrawlImports.from(outcome);
            Long runId = null;
            if (!servers.isEmpty()) {
                ImportReport report = imports.importServers("crawl", job.source(), servers);
                runId = report.runId();
            }
            queue.complete(job.id(), workerId, outcome.commit(), servers.size(), outcome.scan().toolCount(), runId,
                    problems(outcome));
            LOG.infof("crawl %d of %s done: %d servers, %d tools in %d ms", job.id(), job.source(), servers.size(),
                    outcome.scan().toolCount(), outcome.millis());
        } catch (IOException | RuntimeException e) {
            LOG.warnf("crawl %d of %s failed (attempt %d of %d): %s", job.id(), job.source(), job.attempts(),
                    job.maxAttempts(), e.getMessage());
            queue.fail(job.id(), workerId, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    private static String problems(ScanOutcome outcome) {
        List<Object> all = new ArrayList<>(outcome.scan().problems());
        all.addAll(outcome.skipped());
        try {
            return JSON.writeValueAsString(all);
        } catch (JsonProcessingException e) {
            return "[]";
        }
    }
}

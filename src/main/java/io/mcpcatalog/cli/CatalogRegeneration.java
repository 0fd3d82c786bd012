package io.mcpcatalog.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mcpcatalog.catalog.CatalogConfig;
import io.mcpcatalog.catalog.SnapshotExporter;
import io.mcpcatalog.crawl.CrawlJob;
import io.mcpcatalog.crawl.CrawlProgress;
import io.mcpcatalog.crawl.CrawlReads;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * {@code ./mcp-catalog regenerate}: the service starts on an empty catalog, crawls every source of the sources
 * folder once, and when the queue is drained writes the catalog as a snapshot (the file the service seeds from) and
 * exits. A source that failed leaves the file as it was, so a shipped catalog never silently loses a server.
 */
@ApplicationScoped
public class CatalogRegeneration {

    private static final Logger LOG = Logger.getLogger(CatalogRegeneration.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration POLL = Duration.ofSeconds(2);
    private static final int SETTLED_POLLS = 3;

    @Inject
    CatalogConfig config;
    @Inject
    CrawlReads crawls;
    @Inject
    SnapshotExporter exporter;
    @Inject
    Scheduler scheduler;

    void onStart(@Observes StartupEvent event) {
        config.regenerateOut().ifPresent(file -> new Thread(() -> run(Path.of(file)), "catalog-regeneration").start());
    }

    private void run(Path file) {
        int exitCode;
        try {
            List<CrawlJob> jobs = awaitDrainedQueue();
            LOG.info(RegenerationReport.of(jobs).text());
            List<CrawlJob> failed = jobs.stream().filter(job -> job.state().equals("failed")).toList();
            if (failed.isEmpty()) {
                Files.writeString(file, JSON.writerWithDefaultPrettyPrinter()
                        .writeValueAsString(exporter.export()) + "\n");
                LOG.infof("wrote the regenerated catalog to %s", file.toAbsolutePath());
                exitCode = 0;
            } else {
                LOG.errorf("%d of %d crawls failed; %s was left as it was", failed.size(), jobs.size(), file);
                exitCode = 1;
            }
        } catch (IOException | RuntimeException e) {
            LOG.errorf("regeneration failed: %s", e.toString());
            exitCode = 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exitCode = 1;
        }
        // No crawl poll may start against a database that is shutting down.
        scheduler.pause();
        Quarkus.asyncExit(exitCode);
    }

    /** Waits until the sources were queued and no job is queued or running for a few polls in a row. */
    private List<CrawlJob> awaitDrainedQueue() throws InterruptedException {
        int settled = 0;
        while (true) {
            Thread.sleep(POLL.toMillis());
            CrawlProgress progress = crawls.progress(Integer.MAX_VALUE);
            long pending = progress.counts().getOrDefault("queued", 0L) + progress.counts().getOrDefault("running", 0L);
            if (!progress.sourceProblems().isEmpty()) {
                throw new IllegalStateException("source definitions with problems: " + progress.sourceProblems());
            }
            boolean drained = progress.sources() > 0 && !progress.jobs().isEmpty() && pending == 0;
            settled = drained ? settled + 1 : 0;
            if (settled >= SETTLED_POLLS) {
                return progress.jobs();
            }
        }
    }
}

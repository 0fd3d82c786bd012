package io.mcpcatalog.crawl;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Keeps the sources of the sources folder ({@code catalog.crawl.sources-dir}) crawled: reads the folder again at
 * every tick (so edits apply without a restart) and queues each source whose re-crawl interval has passed. A
 * problem in a file is logged once, when it appears; the API lists the current ones.
 */
@ApplicationScoped
public class SourceScheduler {

    private static final Logger LOG = Logger.getLogger(SourceScheduler.class);

    @Inject
    CrawlConfig config;
    @Inject
    CrawlQueue queue;

    private volatile SourceFolder.Loaded loaded = new SourceFolder.Loaded(List.of(), List.of());
    private final Set<SourceProblem> reported = new HashSet<>();

    @Scheduled(every = "${catalog.crawl.schedule-interval:60s}", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void enqueueDue() {
        Path folder = Path.of(config.sourcesDir()).toAbsolutePath();
        SourceFolder.Loaded now = SourceFolder.load(folder);
        for (SourceProblem problem : now.problems()) {
            if (reported.add(problem)) {
                LOG.warnf("crawl source not loaded: %s", problem);
            }
        }
        reported.retainAll(Set.copyOf(now.problems()));
        loaded = now;
        int queued = queue.enqueueDue(now.sources());
        if (queued > 0) {
            LOG.infof("queued %d of the %d sources of %s (read every %s): their re-crawl interval had passed", queued,
                    now.sources().size(), folder, config.scheduleInterval());
        }
    }

    /** The sources and problems of the last reading of the folder. */
    public SourceFolder.Loaded loaded() {
        return loaded;
    }
}

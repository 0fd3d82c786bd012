package io.mcpcatalog.bench;

import io.mcpcatalog.CrawlCluster;
import io.mcpcatalog.McpServerRepos;
import io.mcpcatalog.PackagedApp;
import io.mcpcatalog.crawl.SourceScanner;
import io.mcpcatalog.extract.RepositoryExtractor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Git crawl throughput on local repositories of TypeScript MCP servers made here, in jobs per minute: one packaged
 * service instance, and two on one database, crawling through the PostgreSQL queue (clone, scan, classify, import),
 * beside the baseline measured in the same run: the same kind of repositories cloned and scanned in this JVM on as
 * many threads, with nothing classified or stored (scan only). Run by bench/crawl.sh.
 */
public final class CrawlThroughput {

    private static final int THREADS = 2;

    private CrawlThroughput() {
    }

    public static void main(String... args) throws Exception {
        int repositories = args.length > 0 ? Integer.parseInt(args[0]) : 24;
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Path work = Files.createTempDirectory("crawl-throughput");
        try {
            double scanOnly = scanOnly(McpServerRepos.create(work.resolve("repos"), "scan", repositories, files));
            double one;
            double two;
            try (CrawlCluster cluster = CrawlCluster.start(work)) {
                try (PackagedApp single = cluster.instance(18111, "single", THREADS, 600)) {
                    one = crawl(cluster, McpServerRepos.create(work.resolve("repos"), "one", repositories, files), "one.yaml");
                }
                try (PackagedApp first = cluster.instance(18112, "first", THREADS, 600);
                     PackagedApp second = cluster.instance(18113, "second", THREADS, 600)) {
                    two = crawl(cluster, McpServerRepos.create(work.resolve("repos"), "two", repositories, files), "two.yaml");
                }
            }
            int tools = files * McpServerRepos.TOOLS_PER_FILE;
            System.out.printf("git crawl throughput, %d local repositories of %d tools each, %d threads per instance%n",
                    repositories, tools, THREADS);
            System.out.printf("  scan only, in one JVM (baseline)   %7.1f jobs/min%n", scanOnly);
            System.out.printf("  crawl + import, one instance       %7.1f jobs/min   %.2f x baseline%n", one, one / scanOnly);
            System.out.printf("  crawl + import, two instances      %7.1f jobs/min   %.2f x baseline, %.2f x one instance%n",
                    two, two / scanOnly, two / one);
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    private static double scanOnly(List<Path> repositories) throws Exception {
        SourceScanner scanner = new SourceScanner(RepositoryExtractor.withAllExtractors());
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        long started = System.nanoTime();
        List<Future<?>> scans = new ArrayList<>();
        for (Path repository : repositories) {
            scans.add(threads.submit(() -> scanner.scan(repository.toUri().toString(), SourceScanner.DEFAULT_BUDGET)));
        }
        for (Future<?> scan : scans) {
            scan.get();
        }
        threads.shutdown();
        return perMinute(repositories.size(), started);
    }

    /** From the moment the sources appear in crawlers/ to the moment their jobs are all done. */
    private static double crawl(CrawlCluster cluster, List<Path> repositories, String file) throws Exception {
        long doneBefore = cluster.jobs("state = 'done'");
        long started = System.nanoTime();
        cluster.addSources(file, repositories);
        CrawlCluster.await(() -> cluster.jobs("state = 'done'") == doneBefore + repositories.size(), "the crawl of " + file, 30);
        return perMinute(repositories.size(), started);
    }

    private static double perMinute(int jobs, long startedNanos) {
        return jobs * 60e9 / (System.nanoTime() - startedNanos);
    }
}

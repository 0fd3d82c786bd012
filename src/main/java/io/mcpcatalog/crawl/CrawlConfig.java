package io.mcpcatalog.crawl;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the crawler (prefix "catalog.crawl", or CATALOG_CRAWL_... variables). */
@ConfigMapping(prefix = "catalog.crawl")
public interface CrawlConfig {

    /** Folder of the source definitions (YAML) that the scheduler keeps crawled. */
    @WithDefault("crawlers")
    String sourcesDir();

    /** How long a job stays with a worker that stops renewing it (it died) before another worker may take it. */
    @WithDefault("10m")
    Duration lease();

    /** How often the scheduler reads the sources folder and queues the sources that are due. */
    @WithDefault("60s")
    Duration scheduleInterval();

    /** How often the worker renews its leases and looks for jobs when its threads are idle; well under the lease. */
    @WithDefault("2s")
    Duration pollInterval();

    /** Jobs this instance runs at once. */
    @WithDefault("2")
    int concurrency();

    /** Attempts a job gets before it fails for good. */
    @WithDefault("3")
    int maxAttempts();

    /** Wait before the first retry of a failed job; it doubles with each further attempt. */
    @WithDefault("10s")
    Duration retryBackoff();

    /**
     * How long after an npm source was last listed its server is introspected again although its version did not
     * move: a server that builds its tool descriptions at run time can change them without a release. Within this
     * time such a crawl runs nothing. 0 or off: never listed again until a new version.
     */
    @WithDefault("24h")
    @WithConverter(DurationOrOff.class)
    Duration relistUnchangedAfter();
}

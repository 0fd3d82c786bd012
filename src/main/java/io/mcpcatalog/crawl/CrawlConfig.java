package io.mcpcatalog.crawl;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Settings of the crawler (prefix "catalog.crawl", or CATALOG_CRAWL_... variables). How often the worker polls the
 * queue and the scheduler reads the sources are {@code catalog.crawl.poll-interval} and
 * {@code catalog.crawl.schedule-interval}.
 */
@ConfigMapping(prefix = "catalog.crawl")
public interface CrawlConfig {

    /** Folder of the source definitions (YAML) that the scheduler keeps crawled. */
    @WithDefault("crawlers")
    String sourcesDir();

    /** How long a job stays with a worker that stops renewing it (it died) before another worker may take it. */
    @WithDefault("10m")
    Duration lease();

    /** Jobs this instance runs at once. */
    @WithDefault("2")
    int concurrency();

    /** Attempts a job gets before it fails for good. */
    @WithDefault("3")
    int maxAttempts();

    /** Wait before the first retry of a failed job; it doubles with each further attempt. */
    @WithDefault("10s")
    Duration retryBackoff();
}

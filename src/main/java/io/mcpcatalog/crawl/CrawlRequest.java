package io.mcpcatalog.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;

/**
 * One job as a runner sees it: the source (a git URL, an npm package, a command or URL), the source definition's
 * fields ({@code spec}, e.g. package, version, command, args, env, url, headers, path), the version of the last
 * successful crawl of the same source, or null, and when the source was last crawled in full (a job that was not
 * {@code unchanged}), or null when no such crawl is known.
 */
public record CrawlRequest(long jobId, String kind, String source, JsonNode spec, String lastVersion,
                           OffsetDateTime lastListedAt) {

    /** A request for a source with no full crawl known. */
    public CrawlRequest(long jobId, String kind, String source, JsonNode spec, String lastVersion) {
        this(jobId, kind, source, spec, lastVersion, null);
    }
}

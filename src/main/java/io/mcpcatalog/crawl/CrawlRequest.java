package io.mcpcatalog.crawl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One job as a runner sees it: the source (a git URL, an npm package, a command or URL), the source definition's
 * fields ({@code spec}, e.g. package, version, command, args, env, url, headers, path) and the version of the last
 * successful crawl of the same source, or null.
 */
public record CrawlRequest(long jobId, String kind, String source, JsonNode spec, String lastVersion) {
}

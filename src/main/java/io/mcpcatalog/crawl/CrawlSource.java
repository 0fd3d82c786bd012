package io.mcpcatalog.crawl;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;

/**
 * One source to crawl, as its jobs see it: the kind, the source (a git URL, an npm package, a command or URL), the
 * definition's fields ({@code spec}) and how often to crawl it again (null when it is crawled on demand only).
 */
public record CrawlSource(String kind, String source, ObjectNode spec, Duration recrawl) {

    /** Identifies the source across crawls: two definitions with the same key are one source. */
    public String key() {
        String path = spec.path("path").asText("");
        return kind + " " + source + (path.isEmpty() ? "" : " " + path);
    }

    /** The source's display name, or its source when it has none. */
    public String name() {
        return spec.path("name").asText(source);
    }
}

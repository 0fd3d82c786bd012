package io.mcpcatalog.crawl;

/**
 * What a job found: the version crawled, whether it was unchanged since the last crawl (then nothing was
 * extracted or imported), the counts, the import run (null when nothing was imported) and the problems met, as a
 * JSON array of {path, message}.
 */
public record CrawlResult(String version, boolean unchanged, int serversFound, int toolsFound, Long importRunId,
                          String problemsJson) {
}

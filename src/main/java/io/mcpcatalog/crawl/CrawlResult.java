package io.mcpcatalog.crawl;

/**
 * What a job found: the version crawled, whether it was unchanged since the last crawl (then nothing was
 * extracted or imported), the counts, the import run (null when nothing was imported), the problems met, as a
 * JSON array of {path, message}, and whether the job listed a server again although its version had not moved
 * (see {@link CrawlConfig#relistUnchangedAfter()}).
 */
public record CrawlResult(String version, boolean unchanged, int serversFound, int toolsFound, Long importRunId,
                          String problemsJson, boolean relisted) {

    /** A result of a crawl that was not a re-list. */
    public CrawlResult(String version, boolean unchanged, int serversFound, int toolsFound, Long importRunId,
                       String problemsJson) {
        this(version, unchanged, serversFound, toolsFound, importRunId, problemsJson, false);
    }

    /** This result, marked as a re-list of a version crawled before. */
    public CrawlResult asRelist() {
        return new CrawlResult(version, unchanged, serversFound, toolsFound, importRunId, problemsJson, true);
    }
}

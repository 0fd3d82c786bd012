package io.mcpcatalog.crawl;

import java.util.Set;

/**
 * Runs the crawl jobs of some kinds (git, npm, mcp-stdio, mcp-http, ...); the worker picks the runner by the job's
 * kind. A runner fetches or introspects its source and imports what it found in one transaction, so a failure
 * writes nothing.
 */
public interface CrawlJobRunner {

    /** The job kinds this runner takes, as written in a source definition's {@code kind}. */
    Set<String> kinds();

    /**
     * Runs one job. When the source's version (commit, package version) equals {@code request.lastVersion()}, nothing
     * is extracted again and the result says so.
     *
     * @throws CrawlFailure with a reason a person can act on; nothing was written
     */
    CrawlResult run(CrawlRequest request) throws CrawlFailure;
}

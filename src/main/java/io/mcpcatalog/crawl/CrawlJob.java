package io.mcpcatalog.crawl;

import java.time.OffsetDateTime;

/**
 * A crawl job as the API reports it: what it crawls, its state and attempts, the version it found (a commit, a
 * package version), whether that was unchanged since the last crawl, whether it listed a server again although its
 * version had not moved ({@code relisted}), its counts, and the worker that holds or held it. The source's spec
 * stays inside: it may hold headers or settings that are not for the public.
 */
public record CrawlJob(long id, String kind, String source, String state, int attempts, int maxAttempts,
                       OffsetDateTime createdAt, OffsetDateTime startedAt, OffsetDateTime finishedAt, String version,
                       boolean unchanged, boolean relisted, Integer serversFound, Integer toolsFound, Long importRunId,
                       String worker, String error) {

    static CrawlJob of(CrawlJobEntity e) {
        return new CrawlJob(e.id, e.kind, e.source, e.state, e.attempts, e.maxAttempts, e.createdAt, e.startedAt,
                e.finishedAt, e.version, e.unchanged, e.relisted, e.serversFound, e.toolsFound, e.importRunId,
                e.leasedBy, e.error);
    }
}

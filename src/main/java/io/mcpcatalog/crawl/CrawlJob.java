package io.mcpcatalog.crawl;

import java.time.OffsetDateTime;

/** A crawl job as the API reports it. */
public record CrawlJob(long id, String source, String state, int attempts, int maxAttempts, OffsetDateTime createdAt,
                       OffsetDateTime startedAt, OffsetDateTime finishedAt, String commit, Integer serversFound,
                       Integer toolsFound, Long importRunId, String error) {

    static CrawlJob of(CrawlJobEntity e) {
        return new CrawlJob(e.id, e.source, e.state, e.attempts, e.maxAttempts, e.createdAt, e.startedAt, e.finishedAt,
                e.commitSha, e.serversFound, e.toolsFound, e.importRunId, e.error);
    }
}

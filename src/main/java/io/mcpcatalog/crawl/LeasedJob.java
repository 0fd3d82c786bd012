package io.mcpcatalog.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;

/**
 * A job this instance holds, with its source's spec (JSON), the version its source's last done job found and when
 * its source was last crawled in full (null when never).
 */
public record LeasedJob(CrawlJob job, String spec, String lastVersion, OffsetDateTime lastListedAt) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The job as its runner sees it. */
    public CrawlRequest request() throws CrawlFailure {
        try {
            return new CrawlRequest(job.id(), job.kind(), job.source(), JSON.readTree(spec), lastVersion,
                    lastListedAt);
        } catch (JsonProcessingException e) {
            throw new CrawlFailure("the job's spec is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** True when an earlier attempt's import committed with its result, and only the completion was lost. */
    public boolean resultRecorded() {
        return job.importRunId() != null;
    }
}

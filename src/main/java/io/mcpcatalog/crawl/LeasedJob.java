package io.mcpcatalog.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A job this instance holds, with its source's spec (JSON) and the version its source's last done job found. */
public record LeasedJob(CrawlJob job, String spec, String lastVersion) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The job as its runner sees it. */
    public CrawlRequest request() throws CrawlFailure {
        try {
            return new CrawlRequest(job.id(), job.kind(), job.source(), JSON.readTree(spec), lastVersion);
        } catch (JsonProcessingException e) {
            throw new CrawlFailure("the job's spec is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** True when an earlier attempt's import committed with its result, and only the completion was lost. */
    public boolean resultRecorded() {
        return job.importRunId() != null;
    }
}

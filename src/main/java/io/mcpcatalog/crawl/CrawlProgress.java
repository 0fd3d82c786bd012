package io.mcpcatalog.crawl;

import java.util.List;
import java.util.Map;

/**
 * The crawler's progress as the API reports it: jobs per state (queued, running, done, failed), the tools found by
 * the last done crawl of each source, the sources loaded from the sources folder and the problems of its files, and
 * the most recent jobs.
 */
public record CrawlProgress(Map<String, Long> counts, long toolsFound, int sources, List<SourceProblem> sourceProblems,
                            List<CrawlJob> jobs) {
}

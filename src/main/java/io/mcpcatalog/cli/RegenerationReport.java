package io.mcpcatalog.cli;

import io.mcpcatalog.crawl.CrawlJob;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a regeneration did: per job kind the jobs done and failed, the tools found and the throughput (jobs per
 * minute of wall time from the first start to the last finish of that kind), and each failure with its reason.
 */
record RegenerationReport(String text) {

    static RegenerationReport of(List<CrawlJob> jobs) {
        StringBuilder text = new StringBuilder("regeneration: ").append(jobs.size()).append(" crawl jobs\n");
        Map<String, List<CrawlJob>> byKind = jobs.stream()
                .collect(Collectors.groupingBy(CrawlJob::kind, TreeMap::new, Collectors.toList()));
        byKind.forEach((kind, ofKind) -> text.append(line(kind, ofKind)));
        jobs.stream().filter(job -> job.state().equals("failed"))
                .forEach(job -> text.append("  failed: ").append(job.source()).append(": ").append(job.error())
                        .append('\n'));
        return new RegenerationReport(text.toString());
    }

    private static String line(String kind, List<CrawlJob> jobs) {
        long done = jobs.stream().filter(job -> job.state().equals("done")).count();
        int tools = jobs.stream().mapToInt(job -> job.toolsFound() == null ? 0 : job.toolsFound()).sum();
        Optional<OffsetDateTime> first = jobs.stream().map(CrawlJob::startedAt).filter(Objects::nonNull)
                .min(Comparator.naturalOrder());
        Optional<OffsetDateTime> last = jobs.stream().map(CrawlJob::finishedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
        Duration span = first.isPresent() && last.isPresent() ? Duration.between(first.get(), last.get()) : Duration.ZERO;
        double perMinute = span.isZero() ? 0 : done * 60_000.0 / span.toMillis();
        return String.format("  %-10s %3d done, %3d failed, %5d tools, %.1f jobs/min over %d s%n", kind, done,
                jobs.size() - done, tools, perMinute, span.toSeconds());
    }
}

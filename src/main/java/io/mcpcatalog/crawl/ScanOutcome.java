package io.mcpcatalog.crawl;

import io.mcpcatalog.extract.ScanProblem;
import io.mcpcatalog.extract.TreeScan;
import java.util.List;

/** The result of scanning one source: where from, which commit (null for a folder outside git), what was found. */
public record ScanOutcome(String source, String commit, String repository, TreeScan scan, List<ScanProblem> skipped,
                          long millis) {

    public ScanOutcome {
        skipped = List.copyOf(skipped);
    }
}

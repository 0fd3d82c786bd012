package io.mcpcatalog.catalog;

import java.util.List;

/** What an import did. Counts are of tools; {@code servers} are the slugs written. */
public record ImportReport(long runId, String kind, List<String> servers, int toolsAdded, int toolsChanged,
                           int toolsUnchanged, int toolsRemoved, List<SkippedRecord> skipped) {
}

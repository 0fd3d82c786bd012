package io.mcpcatalog.catalog;

import java.util.List;

/** A validated import: the servers to write, and the records that were skipped with their reasons. */
public record ImportBatch(String kind, List<ServerImport> servers, List<SkippedRecord> skipped) {
}

package io.mcpcatalog.catalog;

import java.util.List;

/** A record of an import that was left out, with where it is in the document and why. */
public record SkippedRecord(String location, String name, List<String> problems) {
}

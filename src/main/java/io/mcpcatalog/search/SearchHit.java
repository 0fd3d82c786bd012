package io.mcpcatalog.search;

/** One matching tool, identified by its key; the caller loads the details from the catalog. */
public record SearchHit(String serverSlug, String toolName, float score) {
}

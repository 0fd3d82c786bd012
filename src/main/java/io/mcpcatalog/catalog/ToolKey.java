package io.mcpcatalog.catalog;

/** A tool's key in the catalog: its server's slug and its name. */
public record ToolKey(String serverSlug, String toolName) {
}

package io.mcpcatalog.catalog;

import io.mcpcatalog.classify.Classification;
import io.mcpcatalog.extract.ToolDefinition;
import java.time.OffsetDateTime;

/** A tool in the catalog: its current definition and classification, and which version that is. */
public record CatalogTool(String serverSlug, String serverName, String serverCanonicalName, ToolDefinition definition,
                          Classification classification, int version, OffsetDateTime updatedAt) {

    public String name() {
        return definition.name();
    }
}

package io.mcpcatalog.catalog;

import java.util.List;

/** A page of tools while walking the catalog; pass {@code last} back to get the next page. */
public record ToolsPage(List<CatalogTool> tools, long last) {
}

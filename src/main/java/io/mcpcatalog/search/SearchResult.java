package io.mcpcatalog.search;

import io.mcpcatalog.catalog.CatalogTool;
import java.util.List;

/** A page of search results, hydrated from the catalog, and the number of all matches. */
public record SearchResult(long total, List<CatalogTool> tools) {
}

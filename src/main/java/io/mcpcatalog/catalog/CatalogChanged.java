package io.mcpcatalog.catalog;

import java.util.List;

/** Fired after a write committed: these servers' tools changed (the search index follows). */
public record CatalogChanged(List<String> serverSlugs) {
}

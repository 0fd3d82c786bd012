package io.mcpcatalog.search;

import java.util.List;

/** One page of results; {@code total} counts every match, not only the ones on this page. */
public record SearchPage(long total, List<SearchHit> hits) {

    public SearchPage {
        hits = List.copyOf(hits);
    }
}

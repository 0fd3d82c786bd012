package io.mcpcatalog.catalog;

import java.util.List;

/** Feed entries after a position; {@code last} is where the next read continues, {@code more} if it has entries. */
public record FeedPage(List<FeedChange> changes, long last, boolean more) {
}

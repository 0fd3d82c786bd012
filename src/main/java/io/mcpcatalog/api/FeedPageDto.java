package io.mcpcatalog.api;

import java.util.List;

/** A page of the feed. Keep {@code nextCursor} for the next read, even when {@code more} is false. */
public record FeedPageDto(List<FeedEntryDto> items, String nextCursor, boolean more) {
}

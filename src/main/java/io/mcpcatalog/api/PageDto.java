package io.mcpcatalog.api;

import java.util.List;

/** One page of a list; {@code nextCursor} is null on the last page. {@code total} is null where not counted. */
public record PageDto<T>(List<T> items, Long total, String nextCursor) {
}

package io.mcpcatalog.api;

/** The last line of an NDJSON feed stream; a stream without it was cut off and must be read again. */
public record FeedStreamEndDto(String op, String nextCursor) {
}

package io.mcpcatalog.catalog;

import java.time.OffsetDateTime;

/** One version in a tool's history: what its description was, and when that version was first seen. */
public record ToolVersionInfo(int version, String description, String inputSchema, OffsetDateTime seenAt) {
}

package io.mcpcatalog.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** A server with every tool it lists now and its counts per category. */
public record ServerDetailDto(String slug, String name, String canonicalName, String repository, String path,
                              String language, String description, String commit, OffsetDateTime crawledAt,
                              int toolCount, int modifyingCount, Map<String, Integer> countsByCategory,
                              List<ToolSummaryDto> tools, Map<String, String> links) {
}

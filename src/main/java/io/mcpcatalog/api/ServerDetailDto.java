package io.mcpcatalog.api;

import io.mcpcatalog.catalog.CodeDisagreement;
import io.mcpcatalog.catalog.LiveServer;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A server with every tool it lists now and its counts per category; {@code live} is what the running server said
 * of itself when introspected (null if never), {@code codeDisagreements} where its code and the running server
 * disagree.
 */
public record ServerDetailDto(String slug, String name, String canonicalName, String repository, String path,
                              String language, String description, String commit, OffsetDateTime crawledAt,
                              int toolCount, int modifyingCount, Map<String, Integer> countsByCategory,
                              List<ToolSummaryDto> tools, Map<String, String> links, LiveServer live,
                              List<CodeDisagreement> codeDisagreements) {
}

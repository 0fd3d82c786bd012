package io.mcpcatalog.api;

import java.util.Map;

/** A server in a list, with its tool counts per category. */
public record ServerSummaryDto(String slug, String name, String canonicalName, String repository, int toolCount,
                               int modifyingCount, Map<String, Integer> countsByCategory, Map<String, String> links) {
}

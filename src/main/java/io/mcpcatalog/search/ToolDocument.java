package io.mcpcatalog.search;

import java.util.List;
import java.util.Objects;

/**
 * One tool as the search index sees it: what is searched, what is filtered on, and the key (server slug, tool name)
 * that a hit returns.
 *
 * @param serverName          display name, e.g. "Mcp Ssh"
 * @param serverCanonicalName registry-style name, e.g. "io.github.shuakami/mcp-ssh"
 * @param category            category label, e.g. "Execute"; null when not classified
 * @param risk                risk label, e.g. "High"; null when not classified
 * @param capabilities        capability labels, e.g. "shell", "network"
 */
public record ToolDocument(String serverSlug, String serverName, String serverCanonicalName, String toolName,
                           String description, String category, String risk, List<String> paramNames,
                           List<String> capabilities) {

    public ToolDocument {
        Objects.requireNonNull(serverSlug, "serverSlug");
        Objects.requireNonNull(toolName, "toolName");
        paramNames = paramNames == null ? List.of() : List.copyOf(paramNames);
        capabilities = capabilities == null ? List.of() : List.copyOf(capabilities);
    }
}

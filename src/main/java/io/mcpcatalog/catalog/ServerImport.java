package io.mcpcatalog.catalog;

import io.mcpcatalog.extract.ToolDefinition;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One server's record in an import: who it is, where it comes from, and its full list of tools. {@code live} is
 * what the server said of itself when the tools come from introspecting it, else null.
 */
public record ServerImport(ServerIdentity identity, String repository, String path, String language,
                           String description, String commit, OffsetDateTime crawledAt, List<ToolDefinition> tools,
                           LiveServer live) {

    public ServerImport {
        tools = List.copyOf(tools);
    }

    public ServerImport(ServerIdentity identity, String repository, String path, String language, String description,
                        String commit, OffsetDateTime crawledAt, List<ToolDefinition> tools) {
        this(identity, repository, path, language, description, commit, crawledAt, tools, null);
    }
}

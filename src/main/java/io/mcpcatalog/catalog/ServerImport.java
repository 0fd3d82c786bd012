package io.mcpcatalog.catalog;

import io.mcpcatalog.extract.ToolDefinition;
import java.time.OffsetDateTime;
import java.util.List;

/** One server's record in an import: who it is, where it comes from, and its full list of tools. */
public record ServerImport(ServerIdentity identity, String repository, String path, String language,
                           String description, String commit, OffsetDateTime crawledAt, List<ToolDefinition> tools) {

    public ServerImport {
        tools = List.copyOf(tools);
    }
}

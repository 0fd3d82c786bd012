package io.mcpcatalog.mcp;

import io.mcpcatalog.catalog.CatalogTool;
import io.mcpcatalog.classify.Capability;
import io.mcpcatalog.classify.Category;
import io.mcpcatalog.classify.Labelled;
import io.mcpcatalog.classify.Risk;
import io.mcpcatalog.search.SearchResult;
import io.mcpcatalog.search.SearchService;
import io.mcpcatalog.search.ToolQuery;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import io.quarkiverse.mcp.server.ToolCallException;
import jakarta.inject.Inject;
import java.util.List;

/** The MCP tool search_tools: full-text search of the catalog's tools with category, risk and server filters. */
public class SearchToolsTool {

    /** One matching tool; check_tool_risk gives its rationale and policy. */
    public record ToolHit(String server, String serverName, String tool, String description, String category,
                          String risk, double confidence) {
    }

    /** The best matches first, and how many tools match in all. */
    public record SearchAnswer(long total, List<ToolHit> tools) {
    }

    @Inject
    SearchService search;
    @Inject
    ServerLookup servers;

    @Tool(name = "search_tools", title = "Search the MCP tool catalog", structuredContent = true,
            annotations = @Tool.Annotations(title = "Search the MCP tool catalog", readOnlyHint = true,
                    destructiveHint = false, idempotentHint = true, openWorldHint = false),
            description = """
                    Searches the catalog's MCP tools by the words of their names, descriptions and parameters, \
                    best matches first. Tool names are split into words, so "stop background" finds \
                    stopBackground. Narrow the results by category, risk level, capability or server. Each result \
                    gives the server's slug and name, the tool's name, description, category, risk and confidence; 'total' \
                    counts every match. Use check_tool_risk with a result's server and tool for the rationale, \
                    findings and recommended policy.""")
    public SearchAnswer searchTools(
            @ToolArg(description = "Words to look for, e.g. \"delete file\" or \"background\". Empty to list the "
                    + "tools that match the filters alone.") String query,
            @ToolArg(required = false, description = "Only tools of this category: Read, Write, Execute, "
                    + "Destructive or Financial.") String category,
            @ToolArg(required = false, description = "Only tools of this risk level: Low, Medium, High or "
                    + "Critical.") String risk,
            @ToolArg(required = false, description = "Only tools with this capability: filesystem, shell, network, "
                    + "database, credentials, messaging, browser, cloud or payments.") String capability,
            @ToolArg(required = false, description = "Only tools of this server: its catalog slug (e.g. mcp-ssh), "
                    + "display name or canonical name.") String server,
            @ToolArg(defaultValue = "10", description = "How many results to return, 1 to " + ToolQuery.MAX_LIMIT
                    + " (default 10).") int limit) {
        String serverSlug = Arguments.optional(server) == null ? null : servers.slug(server);
        SearchResult result;
        try {
            result = search.search(new ToolQuery(query, Labelled.optional(category, Category::fromLabel),
                    Labelled.optional(risk, Risk::fromLabel), Labelled.optional(capability, Capability::fromLabel),
                    serverSlug, 0, limit));
        } catch (IllegalArgumentException e) {
            throw new ToolCallException(e.getMessage());
        }
        return new SearchAnswer(result.total(), result.tools().stream().map(SearchToolsTool::hit).toList());
    }

    private static ToolHit hit(CatalogTool tool) {
        return new ToolHit(tool.serverSlug(), tool.serverName(), tool.name(), tool.definition().description(),
                tool.classification().category().label(), tool.classification().risk().label(),
                tool.classification().confidence());
    }
}

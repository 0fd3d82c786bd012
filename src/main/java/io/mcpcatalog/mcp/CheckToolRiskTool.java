package io.mcpcatalog.mcp;

import io.mcpcatalog.catalog.CatalogPolicies;
import io.mcpcatalog.catalog.CatalogService;
import io.mcpcatalog.catalog.CatalogTool;
import io.mcpcatalog.policy.PolicyJson;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import io.quarkiverse.mcp.server.ToolCallException;
import jakarta.inject.Inject;
import java.util.Map;

/** The MCP tool check_tool_risk: a catalogued tool's verdict, or a verdict on a definition the catalog lacks. */
public class CheckToolRiskTool {

    @Inject
    ServerLookup servers;
    @Inject
    CatalogService catalog;
    @Inject
    CatalogPolicies policies;
    @Inject
    DefinitionClassifier definitions;

    @Tool(name = "check_tool_risk", title = "Check an MCP tool's risk", structuredContent = true,
            annotations = @Tool.Annotations(title = "Check an MCP tool's risk", readOnlyHint = true,
                    destructiveHint = false, idempotentHint = true, openWorldHint = false),
            description = """
                    Tells how risky it is to call a tool of an MCP server, before you call it. Answers the tool's \
                    category (Read, Write, Execute, Destructive or Financial: the most severe effect it can have), \
                    its risk level (Low, Medium, High, Critical), the classifier's confidence (0 to 1), a rationale, \
                    the evidence the verdict rests on, security findings, and the recommended gateway policy for \
                    the tool (policy.json, balanced profile). \
                    To look up a catalogued tool, give 'server' and 'tool'. For a tool the catalog does not have \
                    (or to check the definition you were actually given), also pass its definition from tools/list: \
                    'description', and 'inputSchema' and 'annotations' when known. That definition is then \
                    classified on demand (source "on-demand") and nothing is stored.""")
    public ToolRiskAnswer checkToolRisk(
            @ToolArg(description = "The tool's exact name as the server lists it, e.g. stopBackground.") String tool,
            @ToolArg(required = false, description = "The server: its catalog slug (e.g. mcp-ssh), its display "
                    + "name (e.g. Mcp Ssh) or its canonical name (e.g. io.github.shuakami/mcp-ssh). Needed to look "
                    + "up a catalogued tool; with a definition it only names the server.") String server,
            @ToolArg(required = false, description = "The tool's description from tools/list. Giving it (or "
                    + "inputSchema or annotations) classifies this definition instead of looking it up.")
            String description,
            @ToolArg(required = false, description = "The tool's input JSON Schema from tools/list "
                    + "(an object with 'properties').") Map<String, Object> inputSchema,
            @ToolArg(required = false, description = "The tool's annotations from tools/list (readOnlyHint, "
                    + "destructiveHint, idempotentHint, openWorldHint), if it declares any.")
            Map<String, Object> annotations) {
        String name = Arguments.required("tool", tool);
        if (description != null || inputSchema != null || annotations != null) {
            return definitions.classify(Arguments.optional(server), name, description, inputSchema, annotations);
        }
        if (Arguments.optional(server) == null) {
            throw new ToolCallException("Give 'server' to look up a catalogued tool, or the tool's definition "
                    + "('description', 'inputSchema') to classify it on demand.");
        }
        String slug = servers.slug(server);
        CatalogTool found = catalog.tool(slug, name).orElseThrow(() -> new ToolCallException("Server '" + slug
                + "' has no tool named '" + name + "' in the catalog (names are case-sensitive). To classify it "
                + "anyway, pass its 'description' and 'inputSchema'."));
        return ToolRiskAnswer.of(slug, name, ToolRiskAnswer.CATALOG, found.classification(),
                PolicyJson.document(policies.forTool(found)));
    }
}

package io.mcpcatalog.mcp;

import io.mcpcatalog.catalog.CatalogPolicies;
import io.mcpcatalog.catalog.ServerDetail;
import io.mcpcatalog.policy.PolicyJson;
import io.mcpcatalog.policy.PolicySettings;
import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;
import io.quarkiverse.mcp.server.ToolCallException;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Map;

/** The MCP tool get_server_policy: the recommended gateway policy bundle for every tool of one server. */
public class ServerPolicyTool {

    /** The server, the profile used, how many tools the bundle covers, and the policy.json document. */
    public record ServerPolicyAnswer(String server, String serverName, String profile, int toolCount,
                                     Map<String, Object> policy) {
    }

    @Inject
    ServerLookup servers;
    @Inject
    CatalogPolicies policies;

    @Tool(name = "get_server_policy", title = "Get a server's gateway policy", structuredContent = true,
            annotations = @Tool.Annotations(title = "Get a server's gateway policy", readOnlyHint = true,
                    destructiveHint = false, idempotentHint = true, openWorldHint = false),
            description = """
                    Returns the recommended gateway policy for every tool of one MCP server in the catalog, as a \
                    policy.json document (version "1"): default deny, one rule per tool with rate limits, argument \
                    conditions and, for destructive and financial tools, a block pending approval. A gateway can \
                    enforce it as it is. Also answers the server's slug and name and how many tools it covers.""")
    public ServerPolicyAnswer getServerPolicy(
            @ToolArg(description = "The server: its catalog slug (e.g. mcp-ssh), its display name (e.g. Mcp Ssh) "
                    + "or its canonical name (e.g. io.github.shuakami/mcp-ssh).") String server,
            @ToolArg(required = false, description = "The policy profile: strict, balanced (the default, the "
                    + "catalog's recommended defaults) or permissive.") String profile) {
        String chosen = Arguments.optional(profile) == null ? null : profile.trim().toLowerCase(Locale.ROOT);
        PolicySettings settings;
        try {
            settings = policies.settings(chosen, null, null);
        } catch (IllegalArgumentException e) {
            throw new ToolCallException(e.getMessage());
        }
        ServerDetail detail = servers.server(server);
        return new ServerPolicyAnswer(detail.server().slug(), detail.server().displayName(), settings.profile().id(),
                detail.tools().size(), PolicyJson.document(policies.forServer(detail, settings)));
    }
}

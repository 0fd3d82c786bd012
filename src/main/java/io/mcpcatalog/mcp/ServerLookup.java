package io.mcpcatalog.mcp;

import io.mcpcatalog.catalog.CatalogService;
import io.mcpcatalog.catalog.ServerDetail;
import io.mcpcatalog.catalog.ServerInfo;
import io.mcpcatalog.catalog.ServerSummary;
import io.quarkiverse.mcp.server.ToolCallException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds a catalog server from what an agent knows of it: its slug ("mcp-ssh"), its display name ("Mcp Ssh") or its
 * canonical name ("io.github.shuakami/mcp-ssh"). When none matches, the error names close candidates.
 */
@ApplicationScoped
class ServerLookup {

    private static final int CANDIDATES = 20;
    private static final int SUGGESTIONS = 5;

    @Inject
    CatalogService catalog;

    /** The slug of the server, or a tool error saying why there is none. */
    String slug(String server) {
        String wanted = Arguments.required("server", server);
        if (catalog.hasServer(wanted)) {
            return wanted;
        }
        List<ServerInfo> candidates = catalog.servers(wanted, null, CANDIDATES).stream()
                .map(ServerSummary::server).toList();
        List<ServerInfo> named = candidates.stream().filter(info -> info.displayName().equalsIgnoreCase(wanted)
                || info.canonicalName().equalsIgnoreCase(wanted) || info.slug().equalsIgnoreCase(wanted)).toList();
        if (named.size() == 1) {
            return named.get(0).slug();
        }
        if (named.size() > 1) {
            throw new ToolCallException("Several servers are named '" + wanted + "': " + slugs(named)
                    + ". Pass one of these slugs as 'server'.");
        }
        throw new ToolCallException("No server '" + wanted + "' in the catalog." + (candidates.isEmpty()
                ? " Use search_tools to find tools and the slugs of their servers."
                : " Servers whose names contain it: " + slugs(candidates) + "."));
    }

    /** The server with every tool it lists now, or a tool error saying why there is none. */
    ServerDetail server(String server) {
        String slug = slug(server);
        return catalog.server(slug)
                .orElseThrow(() -> new ToolCallException("No server '" + slug + "' in the catalog."));
    }

    private static String slugs(List<ServerInfo> servers) {
        return servers.stream().limit(SUGGESTIONS).map(ServerInfo::slug).collect(Collectors.joining(", "));
    }
}

package io.mcpcatalog.extract.golang;

import io.mcpcatalog.extract.ParsedFile;
import java.util.List;

/**
 * mark3labs/mcp-go: {@code mcp.NewTool("name", mcp.WithDescription(...), mcp.WithString("p", mcp.Required(), ...))},
 * wherever it is written (registration, helper returning mcp.Tool, ServerTool literal). A NewTool whose name is a
 * parameter of its function is left to {@link GoToolHelperCallExtractor}.
 */
public final class McpGoNewToolExtractor extends GoSiteExtractor {

    @Override
    String pattern() {
        return GoToolSites.NEW_TOOL;
    }

    @Override
    List<Site> sites(GoToolSites sites, ParsedFile file) {
        return sites.newToolCalls(file, file.root()).stream()
                .map(call -> new Site(call, s -> List.of(s.newTool(new Expr(file, call, Env.NONE)))))
                .toList();
    }
}

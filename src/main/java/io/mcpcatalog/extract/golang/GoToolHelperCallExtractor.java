package io.mcpcatalog.extract.golang;

import io.mcpcatalog.extract.ParsedFile;
import java.util.List;

/**
 * Calls of project helpers that build a tool from their parameters, such as
 * {@code newTool("x", "does x", mcp.WithString(...))} over {@code mcp.NewTool(name, ...)} or
 * {@code issueTool(t, "update_issue", ...)} over {@code mcp.Tool{Name: name, ...}}: one tool per call, its
 * parameters bound to the call's arguments by position (variadic ones included).
 */
public final class GoToolHelperCallExtractor extends GoSiteExtractor {

    @Override
    String pattern() {
        return GoToolSites.HELPER;
    }

    @Override
    List<Site> sites(GoToolSites sites, ParsedFile file) {
        return sites.helperCalls(file, file.root(), Env.NONE).stream()
                .map(call -> new Site(call.call().node(), s -> s.helper(call.call(), call.callee())))
                .toList();
    }
}

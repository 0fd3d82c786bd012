package io.mcpcatalog.extract.golang;

import io.mcpcatalog.extract.ParsedFile;
import java.util.List;

/**
 * A tool written as a struct literal, {@code mcp.Tool{Name: ..., Description: ..., InputSchema: ..., Annotations: ...}}:
 * the official go-sdk (input schema from a jsonschema.Schema literal, or reflected from the input struct of the
 * handler passed with it to mcp.AddTool), mcp-go's Tool struct, or a project's own Tool type with the same fields.
 */
public final class GoToolStructExtractor extends GoSiteExtractor {

    @Override
    String pattern() {
        return GoToolSites.STRUCT;
    }

    @Override
    List<Site> sites(GoToolSites sites, ParsedFile file) {
        return sites.toolLiterals(file, file.root()).stream()
                .map(literal -> new Site(literal, s -> List.of(s.literal(new Expr(file, literal, Env.NONE)))))
                .toList();
    }
}

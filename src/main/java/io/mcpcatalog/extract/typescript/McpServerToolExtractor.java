package io.mcpcatalog.extract.typescript;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.QueryMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * The TypeScript SDK's `McpServer.tool(name, description?, paramsShape?, annotations?, handler)` in all its
 * overloads, on any receiver (`server`, `this.server`, `mcp`, ...), also inside loops over tool definitions.
 */
public final class McpServerToolExtractor extends TsPattern {

    public McpServerToolExtractor() {
        super("mcpserver-tool");
    }

    @Override
    List<Candidate> read(ParsedFile file, QueryMatch match, Resolver resolver) {
        TSNode call = match.first("call").orElseThrow();
        List<TSNode> args = Resolver.arguments(call);
        List<Candidate> found = new ArrayList<>();
        if (args.size() < 2) {
            return found;
        }
        for (Map<String, Ref> env : LoopBindings.of(resolver, Ref.of(file, call))) {
            Ref at = new Ref(file, call, env);
            Optional<String> name = Strings.name(resolver, at.at(args.get(0)));
            if (name.isEmpty() || definedAsObject(resolver, env, name.get())) {
                continue;
            }
            found.add(Positional.read(resolver, at, origin(resolver, env, at), name.get(), args, id(file)));
        }
        return found;
    }
}

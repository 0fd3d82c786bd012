package io.mcpcatalog.extract.typescript;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.QueryMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * The TypeScript SDK's `McpServer.tool(name, description?, paramsShape?, annotations?, handler)` in all its
 * overloads, on any receiver (`server`, `this.server`, `mcp`, ...), also inside loops over tool definitions, and a
 * local wrapper of that shape called bare ({@code tool(name, title, description, shape, annotations, handler)}).
 */
public final class McpServerToolExtractor extends TsPattern {

    private static final Pattern REGISTERS = Pattern.compile("\\.(?:registerTool|tool)\\s*\\(");

    public McpServerToolExtractor() {
        super("mcpserver-tool");
    }

    @Override
    List<Candidate> read(ParsedFile file, QueryMatch match, Resolver resolver) {
        TSNode call = match.first("call").orElseThrow();
        List<TSNode> args = Resolver.arguments(call);
        List<Candidate> found = new ArrayList<>();
        if (args.size() < 2 || bareCallOfOtherFunction(resolver, Ref.of(file, call))) {
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

    /** A bare `tool(...)` is a registration only when `tool` is a function here that registers a tool itself. */
    private static boolean bareCallOfOtherFunction(Resolver resolver, Ref call) {
        TSNode function = call.node().getChildByFieldName("function");
        if (!Ts.is(function, "identifier")) {
            return false;
        }
        Ref declared = resolver.resolve(call.at(function));
        return !Ts.is(declared.node(), "arrow_function", "function_expression", "function_declaration")
                || !REGISTERS.matcher(declared.text()).find();
    }
}

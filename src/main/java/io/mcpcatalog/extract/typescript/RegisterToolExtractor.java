package io.mcpcatalog.extract.typescript;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.QueryMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * `registerTool(name, {title, description, inputSchema, annotations}, handler)` of the TypeScript SDK, and
 * project wrappers of the same shape (`accountTool(name, config, handler)`); a positional wrapper
 * (`defineTool(name, description, shape, handler)`) is read like `McpServer.tool`.
 */
public final class RegisterToolExtractor extends TsPattern {

    private static final List<String> CONFIG_KEYS = List.of("description", "inputSchema", "title", "annotations",
            "paramsSchema", "parameters", "outputSchema");
    private static final List<String> SCHEMA_KEYS = List.of("inputSchema", "paramsSchema", "parameters", "schema",
            "argsSchema", "input_schema");

    public RegisterToolExtractor() {
        super("register-tool");
    }

    @Override
    List<Candidate> read(ParsedFile file, QueryMatch match, Resolver resolver) {
        TSNode call = match.first("call").orElseThrow();
        List<TSNode> args = Resolver.arguments(call);
        List<Candidate> found = new ArrayList<>();
        for (Map<String, Ref> env : LoopBindings.of(resolver, Ref.of(file, call))) {
            Ref at = new Ref(file, call, env);
            Optional<String> name = Strings.name(resolver, at.at(args.get(0)));
            if (name.isEmpty() || definedAsObject(resolver, env, name.get())) {
                continue;
            }
            Ref config = resolver.resolve(at.at(args.get(1)));
            boolean hasHandler = args.size() >= 3;
            if (Ts.is(config.node(), "object")) {
                boolean configured = CONFIG_KEYS.stream().anyMatch(k -> resolver.property(config, k).isPresent());
                if (configured || (hasHandler && Ts.namedChildren(config.node()).isEmpty())) {
                    found.add(fromConfig(resolver, at, origin(resolver, env, at), name.get(), config, args, id(file)));
                }
            } else if (hasHandler && Strings.of(resolver, config).isPresent()) {
                found.add(Positional.read(resolver, at, origin(resolver, env, at), name.get(), args, id(file)));
            }
        }
        return found;
    }

    private static Candidate fromConfig(Resolver resolver, Ref call, Ref location, String name, Ref config, List<TSNode> args,
                                        String pattern) {
        Str description = Strings.description(resolver, resolver.property(config, "description"));
        Optional<Ref> schemaRef = SCHEMA_KEYS.stream().map(k -> resolver.property(config, k)).flatMap(Optional::stream).findFirst();
        SchemaInfo schema = schemaRef.isEmpty() ? SchemaInfo.EMPTY_OBJECT : Schemas.of(resolver, schemaRef.get()).orElse(null);
        Ref handler = args.size() >= 3 ? call.at(args.get(args.size() - 1)) : null;
        return Candidate.of(name, description, schema,
                resolver.property(config, "annotations").map(a -> Annotations.of(resolver, a)).orElse(null),
                location, pattern, handlerKey(handler), Comments.before(call));
    }
}

package io.mcpcatalog.extract.typescript;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.QueryMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * The low-level server's `setRequestHandler(ListToolsRequestSchema, () => ({ tools }))`: the listed tools that
 * are not object literals of their own (those are {@link ToolObjectExtractor}'s), such as entries built by
 * `defs.map(d => ({ name: d.name, ... }))` from definitions that name the fields differently.
 */
public final class ListToolsHandlerExtractor extends TsPattern {

    public ListToolsHandlerExtractor() {
        super("list-tools-handler");
    }

    @Override
    List<Candidate> read(ParsedFile file, QueryMatch match, Resolver resolver) {
        Ref handler = resolver.resolve(Ref.of(file, match.first("handler").orElseThrow()));
        List<Candidate> found = new ArrayList<>();
        if (!Ts.isFunction(handler.node())) {
            return found;
        }
        for (Ref result : resolver.returns(handler, List.of())) {
            Ref value = resolver.resolve(result);
            Optional<Ref> tools = resolver.property(value, "tools");
            for (Ref element : tools.map(resolver::elements).orElse(List.of())) {
                read(resolver, element, id(file)).ifPresent(found::add);
            }
        }
        return found;
    }

    private static Optional<Candidate> read(Resolver resolver, Ref element, String pattern) {
        Ref value = resolver.resolve(element);
        if (!Ts.is(value.node(), "object")) {
            return Optional.empty();
        }
        if (ToolObjects.reportedInOwnFile(value) && ToolObjects.read(resolver, Ref.of(value.file(), value.node()), "").isPresent()) {
            return Optional.empty();
        }
        Optional<String> name = resolver.property(value, "name").flatMap(n -> Strings.name(resolver, n));
        if (name.isEmpty() || definedAsObject(resolver, value.env(), name.get())) {
            return Optional.empty();
        }
        Optional<Ref> schemaRef = resolver.property(value, "inputSchema");
        SchemaInfo schema = schemaRef.flatMap(s -> Schemas.of(resolver, s)).orElse(null);
        Str description = Strings.description(resolver, resolver.property(value, "description"));
        return Optional.of(Candidate.of(name.get(), description, schema,
                resolver.property(value, "annotations").map(a -> Annotations.of(resolver, a)).orElse(null),
                origin(resolver, value.env(), value), pattern, null, Comments.before(origin(resolver, value.env(), value))));
    }
}

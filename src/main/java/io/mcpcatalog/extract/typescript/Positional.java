package io.mcpcatalog.extract.typescript;

import io.mcpcatalog.extract.ToolAnnotations;
import java.util.List;
import org.treesitter.TSNode;

/**
 * Reads the positional form `tool(name, description?, shape?, annotations?, handler)`: a string-valued first
 * middle argument is the description, the first object the parameter shape, an object of hints the annotations.
 */
final class Positional {

    private Positional() {
    }

    static Candidate read(Resolver resolver, Ref call, Ref location, String name, List<TSNode> args, String pattern) {
        List<TSNode> middle = args.subList(1, args.size() - 1);
        Str description = null;
        SchemaInfo schema = null;
        ToolAnnotations annotations = null;
        boolean schemaSeen = false;
        for (int i = 0; i < middle.size(); i++) {
            Ref arg = call.at(middle.get(i));
            Ref value = resolver.resolve(arg);
            boolean objectLike = Ts.is(value.node(), "object") || Schemas.of(resolver, arg).isPresent();
            if (i == 0 && !objectLike) {
                description = Strings.of(resolver, arg).orElse(new Str("", true));
            } else if (!schemaSeen && !Annotations.looksLikeAnnotations(resolver, value)) {
                schema = Schemas.of(resolver, arg).orElse(null);
                schemaSeen = true;
            } else {
                annotations = Annotations.of(resolver, arg);
            }
        }
        if (!schemaSeen) {
            schema = SchemaInfo.EMPTY_OBJECT;
        }
        Ref handler = call.at(args.get(args.size() - 1));
        return Candidate.of(name, description, schema, annotations, location, pattern, TsPattern.handlerKey(handler),
                Comments.before(call));
    }
}

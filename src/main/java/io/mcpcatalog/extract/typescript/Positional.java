package io.mcpcatalog.extract.typescript;

import io.mcpcatalog.extract.ToolAnnotations;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * Reads the positional form `tool(name, description?, shape?, annotations?, handler)`: the last of the leading
 * string-valued middle arguments is the description (an earlier one is a wrapper's title), the first object the
 * parameter shape, an object of hints the annotations.
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
            Optional<Str> text = objectLike ? Optional.empty() : Strings.of(resolver, arg);
            if (i == 0 && !objectLike) {
                description = text.orElse(new Str("", true));
            } else if (description != null && !schemaSeen && text.isPresent()) {
                // Of leading strings (a wrapper's title, then its description) the last is the description.
                description = text.get();
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

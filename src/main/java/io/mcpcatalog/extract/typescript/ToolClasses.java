package io.mcpcatalog.extract.typescript;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * A tool defined as a class: `name`/`toolName` and `description` fields (static or not, getters, constructor
 * assignments, `super({...})` options, inherited from a base class of the repository) and a schema field
 * (`argsShape`, `inputSchema`, `schema`, `parameters`, ...). The class must say it is a tool: its name, the class
 * it extends or an interface it implements mentions "Tool".
 */
final class ToolClasses {

    private static final Pattern TOOL = Pattern.compile("(?i).*tool.*");
    private static final List<String> NAME_KEYS = List.of("name", "toolName", "TOOL_NAME", "NAME");
    private static final List<String> SCHEMA_KEYS = List.of("inputSchema", "argsShape", "schema", "parameters",
            "paramsSchema", "argsSchema", "inputShape", "args", "shape", "input", "zodSchema");

    private ToolClasses() {
    }

    static Optional<Candidate> read(Resolver resolver, Ref cls, String pattern) {
        TSNode node = cls.node();
        if (!Ts.isClass(node) || Ts.is(node, "abstract_class_declaration") || !saysTool(cls)) {
            return Optional.empty();
        }
        Optional<String> name = NAME_KEYS.stream().map(k -> member(resolver, cls, k))
                .flatMap(Optional::stream).map(n -> Strings.name(resolver, n)).flatMap(Optional::stream).findFirst();
        if (name.isEmpty()) {
            return Optional.empty();
        }
        Optional<Ref> description = member(resolver, cls, "description");
        Optional<Ref> schemaRef = SCHEMA_KEYS.stream().map(k -> member(resolver, cls, k)).flatMap(Optional::stream).findFirst();
        if (description.isEmpty() && schemaRef.isEmpty()) {
            return Optional.empty();
        }
        SchemaInfo schema = schemaRef.isEmpty() ? SchemaInfo.EMPTY_OBJECT : Schemas.of(resolver, schemaRef.get()).orElse(null);
        return Optional.of(Candidate.of(name.get(), Strings.description(resolver, description), schema,
                member(resolver, cls, "annotations").map(a -> Annotations.of(resolver, a)).orElse(null),
                cls, pattern, null, Comments.before(cls)));
    }

    /** A class member, or the same key of the options object the constructor passes to `super(...)`. */
    private static Optional<Ref> member(Resolver resolver, Ref cls, String key) {
        Optional<Ref> direct = Properties.ofClass(resolver, cls, key);
        if (direct.isPresent()) {
            return direct;
        }
        return superOptions(cls).flatMap(options -> resolver.property(resolver.resolve(options), key));
    }

    private static Optional<Ref> superOptions(Ref cls) {
        for (TSNode member : Ts.namedChildren(cls.node().getChildByFieldName("body"))) {
            if (!Ts.is(member, "method_definition") || !cls.file().text(member.getChildByFieldName("name")).equals("constructor")) {
                continue;
            }
            for (TSNode statement : Ts.namedChildren(member.getChildByFieldName("body"))) {
                TSNode expression = Ts.namedChildren(statement).stream().findFirst().orElse(null);
                if (Ts.is(expression, "call_expression") && Ts.is(expression.getChildByFieldName("function"), "super")) {
                    return Resolver.arguments(expression).stream().findFirst().map(cls::at);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean saysTool(Ref cls) {
        StringBuilder words = new StringBuilder();
        Ts.field(cls.node(), "name").ifPresent(n -> words.append(cls.file().text(n)).append(' '));
        for (TSNode child : Ts.namedChildren(cls.node())) {
            if (Ts.is(child, "class_heritage")) {
                words.append(cls.file().text(child));
            }
        }
        return TOOL.matcher(words.toString().replace('\n', ' ')).matches();
    }
}

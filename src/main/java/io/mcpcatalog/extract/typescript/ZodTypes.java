package io.mcpcatalog.extract.typescript;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Reads one zod value schema: the base type (`z.string()`, `z.enum([...])`, ...) and the modifiers chained on it
 * (`.optional()`, `.default()`, `.nullish()` make it optional; the outermost `.describe()` gives the description).
 * Names are followed to their definitions, so `idParam.optional().describe("...")` works across files.
 */
final class ZodTypes {

    private static final Set<String> OPTIONAL = Set.of("optional", "nullish", "default", "prefault", "exactOptional");
    private static final Map<String, String> BASE = Map.ofEntries(Map.entry("string", "string"), Map.entry("number", "number"),
            Map.entry("int", "integer"), Map.entry("int32", "integer"), Map.entry("bigint", "integer"),
            Map.entry("boolean", "boolean"), Map.entry("date", "string"), Map.entry("object", "object"),
            Map.entry("strictObject", "object"), Map.entry("looseObject", "object"), Map.entry("record", "object"),
            Map.entry("map", "object"), Map.entry("intersection", "object"), Map.entry("array", "array"),
            Map.entry("tuple", "array"), Map.entry("set", "array"), Map.entry("null", "null"), Map.entry("email", "string"),
            Map.entry("url", "string"), Map.entry("uuid", "string"), Map.entry("iso", "string"), Map.entry("stringbool", "boolean"),
            Map.entry("any", "any"), Map.entry("unknown", "any"), Map.entry("custom", "any"), Map.entry("instanceof", "any"),
            Map.entry("function", "any"), Map.entry("symbol", "any"), Map.entry("undefined", "any"), Map.entry("void", "any"),
            Map.entry("never", "any"), Map.entry("nan", "number"), Map.entry("base64", "string"), Map.entry("cuid", "string"),
            Map.entry("datetime", "string"), Map.entry("ipv4", "string"), Map.entry("ipv6", "string"), Map.entry("json", "any"));

    private ZodTypes() {
    }

    /** The zod namespace: `z`, `zod`, `z.coerce`, or a name imported from a zod module. */
    static boolean isZodNamespace(Resolver resolver, Ref ref) {
        String text = ref.text();
        if (text.matches("(z|zod|zod\\.z)(\\.coerce)?")) {
            return true;
        }
        return Ts.is(ref.node(), "identifier") && importedFromZod(ref, text);
    }

    private static boolean importedFromZod(Ref ref, String name) {
        for (TSNode statement : Ts.namedChildren(ref.file().root())) {
            if (Ts.is(statement, "import_statement")) {
                String source = Ts.field(statement, "source").map(s -> Strings.literal(s, ref.file()::text)).orElse("");
                if (source.startsWith("zod") && ref.file().text(statement).matches("(?s).*\\b" + name + "\\b.*")) {
                    return true;
                }
            }
        }
        return false;
    }

    static ZodType of(Resolver resolver, Ref ref) {
        if (ref == null || !resolver.enter()) {
            return ZodType.ANY;
        }
        try {
            return read(resolver, ref, new Acc());
        } finally {
            resolver.exit();
        }
    }

    /** Modifiers seen on the way in from the outermost call. */
    private static final class Acc {
        boolean optional;
        String description;
        String wrapper;
    }

    private static ZodType read(Resolver resolver, Ref start, Acc acc) {
        Ref ref = start;
        for (int guard = 0; guard < 64; guard++) {
            ref = resolver.resolve(ref);
            TSNode node = ref.node();
            if (Ts.is(node, "object")) {
                return described(resolver, ref, acc);
            }
            if (!Ts.is(node, "call_expression")) {
                return finish(acc, ZodType.ANY);
            }
            TSNode callee = Ts.unwrap(node.getChildByFieldName("function"));
            List<TSNode> args = Resolver.arguments(node);
            if (!Ts.is(callee, "member_expression")) {
                return finish(acc, ZodType.ANY);
            }
            String method = ref.file().text(callee.getChildByFieldName("property"));
            Ref receiver = ref.at(callee.getChildByFieldName("object"));
            if (isZodNamespace(resolver, receiver)) {
                return finish(acc, base(resolver, ref, method, args, acc));
            }
            if ((method.equals("or") || method.equals("xor")) && !args.isEmpty()) {
                return finish(acc, union(resolver, List.of(receiver, ref.at(args.get(0)))));
            }
            modifier(resolver, ref, method, args, acc);
            ref = receiver;
        }
        return finish(acc, ZodType.ANY);
    }

    /**
     * A field written as `{ type: z.string(), description: "..." }` (mcp-framework's schema style), or a JSON Schema
     * property (`{ type: "string", description: "..." }`) inside a zod-style shape.
     */
    private static ZodType described(Resolver resolver, Ref object, Acc acc) {
        Optional<Ref> type = resolver.property(object, "type");
        if (type.isEmpty()) {
            return finish(acc, ZodType.ANY);
        }
        if (acc.description == null) {
            acc.description = resolver.property(object, "description").flatMap(d -> Strings.of(resolver, d)).map(Str::value).orElse(null);
        }
        Optional<String> jsonType = Strings.exact(resolver, type.get());
        if (jsonType.isPresent()) {
            boolean optional = resolver.property(object, "optional").map(o -> Ts.is(resolver.resolve(o).node(), "true")).orElse(false);
            acc.optional |= optional;
            return finish(acc, new ZodType(jsonType.get(), false, null, List.of(), null));
        }
        return read(resolver, type.get(), acc);
    }

    private static void modifier(Resolver resolver, Ref call, String method, List<TSNode> args, Acc acc) {
        if (OPTIONAL.contains(method)) {
            acc.optional = true;
        } else if ((method.equals("describe") || method.equals("meta")) && acc.description == null && !args.isEmpty()) {
            Ref arg = call.at(args.get(0));
            acc.description = method.equals("describe") ? Strings.of(resolver, arg).map(Str::value).orElse(null)
                    : resolver.property(resolver.resolve(arg), "description").flatMap(d -> Strings.of(resolver, d)).map(Str::value).orElse(null);
        } else if (method.equals("array") && acc.wrapper == null) {
            acc.wrapper = "array";
        } else if (method.equals("int") && acc.wrapper == null) {
            acc.wrapper = "int";
        }
    }

    private static ZodType base(Resolver resolver, Ref call, String method, List<TSNode> args, Acc acc) {
        Ref first = args.isEmpty() ? null : call.at(args.get(0));
        switch (method) {
            case "optional", "nullable", "lazy", "promise", "readonly", "catch", "nonoptional" -> {
                if (method.equals("optional")) {
                    acc.optional = true;
                }
                if (first == null) {
                    return ZodType.ANY;
                }
                if (method.equals("lazy")) {
                    Ref fn = resolver.resolve(first);
                    first = Ts.isFunction(fn.node()) ? resolver.returned(fn, List.of()).orElse(first) : first;
                }
                return inner(resolver, first);
            }
            case "preprocess", "pipe" -> {
                return args.size() > 1 ? inner(resolver, call.at(args.get(1))) : ZodType.ANY;
            }
            case "literal" -> {
                return literal(resolver, first);
            }
            case "enum", "nativeEnum" -> {
                return enumOf(resolver, first);
            }
            case "union", "discriminatedUnion", "xor" -> {
                Ref options = method.equals("discriminatedUnion") && args.size() > 1 ? call.at(args.get(1)) : first;
                return union(resolver, options == null ? List.of() : resolver.elements(options));
            }
            case "array", "set", "tuple" -> {
                String items = first == null || method.equals("tuple") ? null : inner(resolver, first).type();
                return new ZodType("array", false, null, List.of(), items);
            }
            case "number" -> {
                return new ZodType("int".equals(acc.wrapper) ? "integer" : "number", false, null, List.of(), null);
            }
            case "any", "unknown", "undefined", "void" -> {
                // They accept undefined, so zod infers the key optional and JSON Schema leaves it out of required.
                return new ZodType("any", true, null, List.of(), null);
            }
            default -> {
                return new ZodType(BASE.getOrDefault(method, "any"), false, null, List.of(), null);
            }
        }
    }

    private static ZodType inner(Resolver resolver, Ref ref) {
        ZodType type = of(resolver, ref);
        return type;
    }

    private static ZodType literal(Resolver resolver, Ref value) {
        if (value == null) {
            return ZodType.ANY;
        }
        Ref resolved = resolver.resolve(value);
        String type = switch (resolved.type()) {
            case "number" -> "number";
            case "true", "false" -> "boolean";
            case "null" -> "null";
            default -> "string";
        };
        Optional<Str> text = Strings.of(resolver, resolved);
        return new ZodType(type, false, null, text.map(s -> List.of(s.value())).orElse(List.of()), null);
    }

    private static ZodType enumOf(Resolver resolver, Ref values) {
        if (values == null) {
            return new ZodType("string", false, null, List.of(), null);
        }
        Ref resolved = resolver.resolve(values);
        List<Ref> items = Ts.is(resolved.node(), "enum_declaration") ? enumMembers(resolved)
                : Ts.is(resolved.node(), "object") ? Elements.values(resolver, resolved) : resolver.elements(resolved);
        List<String> names = new ArrayList<>();
        boolean numeric = !items.isEmpty();
        for (Ref item : items) {
            Ref value = resolver.resolve(item);
            numeric &= Ts.is(value.node(), "number");
            Strings.of(resolver, value).ifPresent(s -> names.add(s.value()));
        }
        return new ZodType(numeric ? "number" : "string", false, null, names, null);
    }

    private static List<Ref> enumMembers(Ref enumDeclaration) {
        List<Ref> members = new ArrayList<>();
        for (TSNode member : Ts.namedChildren(enumDeclaration.node().getChildByFieldName("body"))) {
            members.add(enumDeclaration.at(Ts.is(member, "enum_assignment") ? member.getChildByFieldName("value") : member));
        }
        return members;
    }

    private static ZodType union(Resolver resolver, List<Ref> options) {
        Set<String> types = new LinkedHashSet<>();
        List<String> enumValues = new ArrayList<>();
        boolean allEnums = !options.isEmpty();
        for (Ref option : options) {
            ZodType type = of(resolver, option);
            types.add(type.type());
            allEnums &= !type.enumValues().isEmpty();
            enumValues.addAll(type.enumValues());
        }
        types.remove("null");
        String type = types.isEmpty() ? "any" : String.join("|", types);
        return new ZodType(type, false, null, allEnums ? enumValues : List.of(), null);
    }

    private static ZodType finish(Acc acc, ZodType base) {
        String type = base.type();
        String items = base.itemsType();
        List<String> enumValues = base.enumValues();
        if ("array".equals(acc.wrapper)) {
            items = type;
            type = "array";
            enumValues = List.of();
        } else if ("int".equals(acc.wrapper) && type.equals("number")) {
            type = "integer";
        }
        String description = acc.description != null ? acc.description : base.description();
        return new ZodType(type, acc.optional || base.optional(), description, enumValues, items);
    }
}

package io.mcpcatalog.extract.typescript;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * The members of a zod object schema: a raw shape literal (with spreads of other shapes), `z.object(shape)`,
 * `X.shape`, and the object methods that change members (extend, merge, partial, required, pick, omit).
 */
final class ZodShapes {

    /** One member; {@code optional} is non-null when `.partial()`/`.required()` overrides the member's own flag. */
    record Member(String name, Ref value, Boolean optional) {
    }

    private static final Set<String> OBJECT_FACTORIES = Set.of("object", "strictObject", "looseObject");
    private static final Set<String> SAME_SHAPE = Set.of("strict", "passthrough", "strip", "catchall", "describe",
            "refine", "superRefine", "transform", "openapi", "meta", "readonly", "brand", "default", "optional",
            "nullable", "nullish", "check", "loose");

    private ZodShapes() {
    }

    static Optional<List<Member>> of(Resolver resolver, Ref ref) {
        if (ref == null || !resolver.enter()) {
            return Optional.empty();
        }
        try {
            return shape(resolver, resolver.resolve(ref)).map(m -> List.copyOf(m.values()));
        } finally {
            resolver.exit();
        }
    }

    private static Optional<Map<String, Member>> shape(Resolver resolver, Ref ref) {
        TSNode node = ref.node();
        if (Ts.is(node, "binary_expression") && ref.file().text(node.getChildByFieldName("operator")).equals("??")) {
            // `tool.inputSchema?.shape ?? {}`: the fallback only stands in for a schema that is missing.
            return of(resolver, ref.at(node.getChildByFieldName("left"))).map(ZodShapes::byName)
                    .or(() -> of(resolver, ref.at(node.getChildByFieldName("right"))).map(ZodShapes::byName));
        }
        if (Ts.is(node, "object")) {
            return Optional.ofNullable(raw(resolver, ref));
        }
        if (Ts.is(node, "member_expression") && ref.file().text(node.getChildByFieldName("property")).equals("shape")) {
            return of(resolver, ref.at(node.getChildByFieldName("object"))).map(ZodShapes::byName);
        }
        if (!Ts.is(node, "call_expression")) {
            return Optional.empty();
        }
        TSNode callee = Ts.unwrap(node.getChildByFieldName("function"));
        List<TSNode> args = Resolver.arguments(node);
        if (!Ts.is(callee, "member_expression")) {
            return Optional.empty();
        }
        String method = ref.file().text(callee.getChildByFieldName("property"));
        Ref receiver = ref.at(callee.getChildByFieldName("object"));
        if (OBJECT_FACTORIES.contains(method) && ZodTypes.isZodNamespace(resolver, receiver)) {
            return args.isEmpty() ? Optional.of(new LinkedHashMap<>()) : of(resolver, ref.at(args.get(0))).map(ZodShapes::byName);
        }
        Optional<Map<String, Member>> base = of(resolver, receiver).map(ZodShapes::byName);
        if (base.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Member> members = base.get();
        switch (method) {
            case "extend", "merge", "safeExtend" -> {
                if (!args.isEmpty()) {
                    of(resolver, ref.at(args.get(0))).ifPresent(more -> more.forEach(m -> members.put(m.name(), m)));
                }
            }
            case "partial", "deepPartial", "required" -> {
                Set<String> only = args.isEmpty() ? null : keys(resolver, ref.at(args.get(0)));
                boolean optional = !method.equals("required");
                members.replaceAll((name, m) -> only == null || only.contains(name) ? new Member(name, m.value(), optional) : m);
            }
            case "pick", "omit" -> {
                Set<String> keys = args.isEmpty() ? Set.of() : keys(resolver, ref.at(args.get(0)));
                members.keySet().removeIf(name -> method.equals("pick") != keys.contains(name));
            }
            default -> {
                if (!SAME_SHAPE.contains(method)) {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(members);
    }

    /** The members of a raw shape; null when it is nothing but spreads that cannot be read. */
    private static Map<String, Member> raw(Resolver resolver, Ref object) {
        Map<String, Member> members = new LinkedHashMap<>();
        boolean unreadSpread = false;
        for (TSNode member : Ts.namedChildren(object.node())) {
            switch (member.getType()) {
                case "pair" -> Ts.keyName(member.getChildByFieldName("key"), object.file()::text)
                        .ifPresent(name -> members.put(name, new Member(name, object.at(member.getChildByFieldName("value")), null)));
                case "shorthand_property_identifier" -> {
                    String name = object.file().text(member);
                    members.put(name, new Member(name, object.at(member), null));
                }
                case "spread_element" -> {
                    Optional<List<Member>> more = of(resolver, object.at(Ts.namedChildren(member).get(0)));
                    more.ifPresent(list -> list.forEach(m -> members.put(m.name(), m)));
                    unreadSpread |= more.isEmpty();
                }
                default -> {
                }
            }
        }
        return members.isEmpty() && unreadSpread ? null : members;
    }

    private static Set<String> keys(Resolver resolver, Ref mask) {
        Ref resolved = resolver.resolve(mask);
        Set<String> keys = new java.util.HashSet<>();
        if (Ts.is(resolved.node(), "object")) {
            for (TSNode member : Ts.namedChildren(resolved.node())) {
                TSNode key = Ts.is(member, "pair") ? member.getChildByFieldName("key") : member;
                Ts.keyName(key, resolved.file()::text).ifPresent(keys::add);
            }
        }
        return keys;
    }

    private static Map<String, Member> byName(List<Member> list) {
        Map<String, Member> map = new LinkedHashMap<>();
        new ArrayList<>(list).forEach(m -> map.put(m.name(), m));
        return map;
    }
}

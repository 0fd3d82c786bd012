package io.mcpcatalog.extract.typescript;

import io.mcpcatalog.extract.ToolAnnotations;
import java.util.Optional;

/** The behaviour hints of an annotations object, exactly as declared (undeclared hints stay null). */
final class Annotations {

    static final java.util.Set<String> KEYS = java.util.Set.of("title", "readOnlyHint", "destructiveHint",
            "idempotentHint", "openWorldHint");

    private Annotations() {
    }

    /** Null when nothing is declared or the value cannot be read. */
    static ToolAnnotations of(Resolver resolver, Ref ref) {
        if (ref == null) {
            return null;
        }
        Ref object = resolver.resolve(ref);
        if (!Ts.is(object.node(), "object") || mutatedLater(object)) {
            return null;
        }
        ToolAnnotations annotations = new ToolAnnotations(
                resolver.property(object, "title").flatMap(t -> Strings.exact(resolver, t)).orElse(null),
                hint(resolver, object, "readOnlyHint"), hint(resolver, object, "destructiveHint"),
                hint(resolver, object, "idempotentHint"), hint(resolver, object, "openWorldHint"));
        return annotations.isEmpty() ? null : annotations;
    }

    /** A local object whose properties are assigned afterwards is computed at run time: its literal is not the value. */
    private static boolean mutatedLater(Ref object) {
        org.treesitter.TSNode declarator = object.node().getParent();
        if (!Ts.is(declarator, "variable_declarator") || !Ts.is(declarator.getChildByFieldName("name"), "identifier")) {
            return false;
        }
        String name = object.file().text(declarator.getChildByFieldName("name"));
        org.treesitter.TSNode scope = declarator;
        while (Ts.present(scope) && !Ts.is(scope, "statement_block", "program")) {
            scope = scope.getParent();
        }
        return Ts.present(scope) && assigns(object, scope, name);
    }

    private static boolean assigns(Ref object, org.treesitter.TSNode node, String name) {
        for (org.treesitter.TSNode child : Ts.namedChildren(node)) {
            if (Ts.is(child, "assignment_expression", "augmented_assignment_expression")) {
                String left = object.file().text(child.getChildByFieldName("left"));
                if (left.startsWith(name + ".") || left.startsWith(name + "[")) {
                    return true;
                }
            }
            if (assigns(object, child, name)) {
                return true;
            }
        }
        return false;
    }

    private static Boolean hint(Resolver resolver, Ref object, String key) {
        Optional<Ref> value = resolver.property(object, key).map(resolver::resolve);
        if (value.isEmpty()) {
            return null;
        }
        return switch (value.get().type()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** An object literal whose keys are all annotation hints with plain values (not a zod shape). */
    static boolean looksLikeAnnotations(Resolver resolver, Ref ref) {
        Ref object = resolver.resolve(ref);
        if (!Ts.is(object.node(), "object") || Ts.namedChildren(object.node()).isEmpty()) {
            return false;
        }
        for (var member : Ts.namedChildren(object.node())) {
            if (!Ts.is(member, "pair")) {
                return false;
            }
            String key = Ts.keyName(member.getChildByFieldName("key"), object.file()::text).orElse("");
            if (!KEYS.contains(key) || Ts.is(Ts.unwrap(member.getChildByFieldName("value")), "call_expression")) {
                return false;
            }
        }
        return true;
    }
}

package io.mcpcatalog.extract.typescript;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/** Syntax-tree helpers shared by the TypeScript and JavaScript grammars (whose node names differ slightly). */
final class Ts {

    /** Wrappers that do not change a value: parentheses, type assertions, `satisfies`, `!`, `await`. */
    private static final Set<String> TRANSPARENT = Set.of("parenthesized_expression", "as_expression",
            "satisfies_expression", "non_null_expression", "type_assertion", "await_expression");

    static final Set<String> FUNCTIONS = Set.of("arrow_function", "function_expression", "function",
            "function_declaration", "generator_function", "generator_function_declaration", "method_definition");

    static final Set<String> CLASSES = Set.of("class_declaration", "abstract_class_declaration", "class");

    private Ts() {
    }

    static boolean present(TSNode node) {
        return node != null && !node.isNull();
    }

    static Optional<TSNode> field(TSNode node, String name) {
        if (!present(node)) {
            return Optional.empty();
        }
        TSNode child = node.getChildByFieldName(name);
        return present(child) ? Optional.of(child) : Optional.empty();
    }

    static List<TSNode> namedChildren(TSNode node) {
        List<TSNode> children = new ArrayList<>();
        if (!present(node)) {
            return children;
        }
        for (int i = 0; i < node.getNamedChildCount(); i++) {
            TSNode child = node.getNamedChild(i);
            if (!child.getType().equals("comment")) {
                children.add(child);
            }
        }
        return children;
    }

    static List<TSNode> children(TSNode node) {
        List<TSNode> children = new ArrayList<>();
        for (int i = 0; present(node) && i < node.getChildCount(); i++) {
            children.add(node.getChild(i));
        }
        return children;
    }

    /** The expression inside parentheses, `as`/`satisfies`/`!`/`await` wrappers. */
    static TSNode unwrap(TSNode node) {
        TSNode current = node;
        while (present(current) && TRANSPARENT.contains(current.getType())) {
            List<TSNode> named = namedChildren(current);
            if (named.isEmpty()) {
                return current;
            }
            current = named.get(0);
        }
        return current;
    }

    static boolean is(TSNode node, String... types) {
        if (!present(node)) {
            return false;
        }
        String type = node.getType();
        for (String t : types) {
            if (t.equals(type)) {
                return true;
            }
        }
        return false;
    }

    static boolean isFunction(TSNode node) {
        return present(node) && FUNCTIONS.contains(node.getType());
    }

    static boolean isClass(TSNode node) {
        return present(node) && CLASSES.contains(node.getType());
    }

    /** Whether an anonymous keyword child (e.g. "static", "abstract") is present. */
    static boolean hasKeyword(TSNode node, String keyword) {
        for (TSNode child : children(node)) {
            if (!child.isNamed() && child.getType().equals(keyword)) {
                return true;
            }
        }
        return false;
    }

    /** The name of a field/method/pair key: identifiers as written, string keys unquoted. */
    static Optional<String> keyName(TSNode key, java.util.function.Function<TSNode, String> text) {
        if (!present(key)) {
            return Optional.empty();
        }
        return switch (key.getType()) {
            case "property_identifier", "identifier", "private_property_identifier", "shorthand_property_identifier",
                    "type_identifier", "number" -> Optional.of(text.apply(key));
            case "string" -> Optional.of(Strings.literal(key, text));
            default -> Optional.empty();
        };
    }

    /** The bound name of a parameter or destructuring element with a default value (`x = 1`). */
    static TSNode unwrapDefault(TSNode node) {
        if (is(node, "assignment_pattern", "object_assignment_pattern")) {
            return node.getChildByFieldName("left");
        }
        return node;
    }

    static int depth(TSNode node) {
        int depth = 0;
        for (TSNode n = node; present(n); n = n.getParent()) {
            depth++;
        }
        return depth;
    }

    static boolean contains(TSNode outer, TSNode inner) {
        return outer.getStartByte() <= inner.getStartByte() && inner.getEndByte() <= outer.getEndByte();
    }
}

package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treesitter.TSNode;

/** Small helpers over the tree-sitter-python syntax tree: fields, children, call arguments, scopes. */
final class PyAst {

    private PyAst() {
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

    static List<TSNode> named(TSNode node) {
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

    static boolean is(TSNode node, String type) {
        return present(node) && node.getType().equals(type);
    }

    static boolean same(TSNode a, TSNode b) {
        return present(a) && present(b) && a.getStartByte() == b.getStartByte() && a.getEndByte() == b.getEndByte()
                && a.getType().equals(b.getType());
    }

    /** Strips wrappers that do not change a value: parentheses and the {@code type} node of annotations. */
    static TSNode unwrap(TSNode node) {
        TSNode current = node;
        while (present(current) && (current.getType().equals("parenthesized_expression") || current.getType().equals("type"))
                && current.getNamedChildCount() == 1) {
            current = current.getNamedChild(0);
        }
        return current;
    }

    /** Keyword arguments of a call's argument list, by name. */
    static Map<String, TSNode> keywords(ParsedFile file, TSNode arguments) {
        Map<String, TSNode> keywords = new LinkedHashMap<>();
        for (TSNode child : named(arguments)) {
            if (child.getType().equals("keyword_argument")) {
                TSNode name = child.getChildByFieldName("name");
                TSNode value = child.getChildByFieldName("value");
                if (present(name) && present(value)) {
                    keywords.put(file.text(name), value);
                }
            }
        }
        return keywords;
    }

    /** Positional arguments of a call's argument list (no keyword or splat arguments). */
    static List<TSNode> positional(TSNode arguments) {
        List<TSNode> positional = new ArrayList<>();
        for (TSNode child : named(arguments)) {
            String type = child.getType();
            if (!type.equals("keyword_argument") && !type.equals("list_splat") && !type.equals("dictionary_splat")) {
                positional.add(child);
            }
        }
        return positional;
    }

    /** The last dotted segment of an identifier or attribute chain: {@code types.Tool} gives {@code Tool}. */
    static String lastName(ParsedFile file, TSNode node) {
        TSNode n = unwrap(node);
        if (is(n, "attribute")) {
            return field(n, "attribute").map(file::text).orElse("");
        }
        if (is(n, "identifier")) {
            return file.text(n);
        }
        return "";
    }

    /** The function a {@code function_definition} or {@code decorated_definition} holds. */
    static Optional<TSNode> functionOf(TSNode node) {
        if (is(node, "function_definition")) {
            return Optional.of(node);
        }
        if (is(node, "decorated_definition")) {
            return field(node, "definition").filter(d -> is(d, "function_definition"));
        }
        return Optional.empty();
    }

    /** The nearest enclosing node of the given type, if any. */
    static Optional<TSNode> enclosing(TSNode node, String type) {
        TSNode current = node.getParent();
        while (present(current)) {
            if (current.getType().equals(type)) {
                return Optional.of(current);
            }
            current = current.getParent();
        }
        return Optional.empty();
    }

    /** Whether a function definition sits directly in a class body (a method). */
    static boolean isMethod(TSNode function) {
        TSNode parent = function.getParent();
        if (is(parent, "decorated_definition")) {
            parent = parent.getParent();
        }
        return is(parent, "block") && is(parent.getParent(), "class_definition");
    }

    /** The docstring node of a function or class body: its first statement when that is a string. */
    static Optional<TSNode> docstring(TSNode definition) {
        Optional<TSNode> body = field(definition, "body");
        if (body.isEmpty()) {
            return Optional.empty();
        }
        List<TSNode> statements = named(body.get());
        if (statements.isEmpty() || !statements.get(0).getType().equals("expression_statement")) {
            return Optional.empty();
        }
        TSNode expression = statements.get(0).getNamedChildCount() == 1 ? statements.get(0).getNamedChild(0) : null;
        return is(expression, "string") || is(expression, "concatenated_string") ? Optional.of(expression) : Optional.empty();
    }
}

package io.mcpcatalog.extract.golang;

import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;

/** Small helpers over the Go syntax tree: fields, children, string literals and struct tags. */
final class GoSyntax {

    static final Set<String> FUNCTIONS = Set.of("function_declaration", "method_declaration", "func_literal");

    private GoSyntax() {
    }

    /** The child under a field name, or null. */
    static TSNode field(TSNode node, String name) {
        if (node == null) {
            return null;
        }
        TSNode child = node.getChildByFieldName(name);
        return child == null || child.isNull() ? null : child;
    }

    static List<TSNode> named(TSNode node) {
        List<TSNode> children = new ArrayList<>();
        if (node == null) {
            return children;
        }
        for (int i = 0, n = node.getNamedChildCount(); i < n; i++) {
            children.add(node.getNamedChild(i));
        }
        return children;
    }

    /** The named children of a node that stand under one field name (e.g. every "name" of a const_spec). */
    static List<TSNode> fieldAll(TSNode node, String name) {
        List<TSNode> children = new ArrayList<>();
        for (int i = 0, n = node.getChildCount(); i < n; i++) {
            if (name.equals(node.getFieldNameForChild(i))) {
                children.add(node.getChild(i));
            }
        }
        return children;
    }

    static TSNode parent(TSNode node) {
        TSNode parent = node.getParent();
        return parent == null || parent.isNull() ? null : parent;
    }

    static TSNode previousNamedSibling(TSNode node) {
        TSNode sibling = node.getPrevNamedSibling();
        return sibling == null || sibling.isNull() ? null : sibling;
    }

    /** The nearest function declaration, method or function literal around a node (not the node itself). */
    static TSNode enclosingFunction(TSNode node) {
        for (TSNode p = parent(node); p != null; p = parent(p)) {
            if (FUNCTIONS.contains(p.getType())) {
                return p;
            }
        }
        return null;
    }

    static boolean contains(TSNode outer, TSNode inner) {
        return outer.getStartByte() <= inner.getStartByte() && inner.getEndByte() <= outer.getEndByte();
    }

    static boolean same(TSNode a, TSNode b) {
        return a != null && b != null && a.getStartByte() == b.getStartByte() && a.getEndByte() == b.getEndByte()
                && a.getType().equals(b.getType());
    }

    /** Unwraps parentheses and literal_element wrappers. */
    static TSNode unwrap(TSNode node) {
        TSNode current = node;
        while (current != null && ("parenthesized_expression".equals(current.getType())
                || "literal_element".equals(current.getType())) && current.getNamedChildCount() == 1) {
            current = current.getNamedChild(0);
        }
        return current;
    }

    /** Every node of one of the given types under root (root included), in document order. */
    static List<TSNode> descendants(TSNode root, Set<String> types) {
        List<TSNode> found = new ArrayList<>();
        List<TSNode> stack = new ArrayList<>();
        stack.add(root);
        while (!stack.isEmpty()) {
            TSNode node = stack.remove(stack.size() - 1);
            if (types.contains(node.getType())) {
                found.add(node);
            }
            for (int i = node.getNamedChildCount() - 1; i >= 0; i--) {
                stack.add(node.getNamedChild(i));
            }
        }
        return found;
    }

    /** The value of a Go string literal (interpreted or raw), or null when the node is not one. */
    static String stringLiteral(ParsedFile file, TSNode node) {
        if (node == null) {
            return null;
        }
        String text = file.text(node);
        if ("raw_string_literal".equals(node.getType())) {
            return text.length() >= 2 ? text.substring(1, text.length() - 1).replace("\r", "") : "";
        }
        if ("interpreted_string_literal".equals(node.getType())) {
            return text.length() >= 2 ? unescape(text.substring(1, text.length() - 1)) : "";
        }
        return null;
    }

    static String unescape(String body) {
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                out.append(c);
                continue;
            }
            char e = body.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000b');
                case 'x' -> i = appendCode(out, body, i, 2);
                case 'u' -> i = appendCode(out, body, i, 4);
                case 'U' -> i = appendCode(out, body, i, 8);
                default -> out.append(e);
            }
        }
        return out.toString();
    }

    private static int appendCode(StringBuilder out, String body, int at, int digits) {
        if (at + digits >= body.length()) {
            return at;
        }
        try {
            out.appendCodePoint(Integer.parseInt(body.substring(at + 1, at + 1 + digits), 16));
            return at + digits;
        } catch (RuntimeException e) {
            return at;
        }
    }

    /** The key:"value" pairs of a struct field tag. */
    static Map<String, String> structTag(String tag) {
        Map<String, String> pairs = new LinkedHashMap<>();
        int i = 0;
        while (i < tag.length()) {
            while (i < tag.length() && tag.charAt(i) == ' ') {
                i++;
            }
            int colon = tag.indexOf(':', i);
            if (colon < 0 || colon + 1 >= tag.length() || tag.charAt(colon + 1) != '"') {
                break;
            }
            String key = tag.substring(i, colon);
            int j = colon + 2;
            StringBuilder value = new StringBuilder();
            while (j < tag.length() && tag.charAt(j) != '"') {
                if (tag.charAt(j) == '\\' && j + 1 < tag.length()) {
                    j++;
                }
                value.append(tag.charAt(j));
                j++;
            }
            pairs.put(key, value.toString());
            i = j + 1;
        }
        return pairs;
    }
}

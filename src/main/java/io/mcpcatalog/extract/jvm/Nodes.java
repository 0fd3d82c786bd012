package io.mcpcatalog.extract.jvm;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;
import org.treesitter.TSTreeCursor;

/** Small navigation helpers over tree-sitter nodes. */
final class Nodes {

    private Nodes() {
    }

    static boolean present(TSNode node) {
        return node != null && !node.isNull();
    }

    static Optional<TSNode> field(TSNode node, String name) {
        TSNode child = node.getChildByFieldName(name);
        return present(child) ? Optional.of(child) : Optional.empty();
    }

    /**
     * The named children of {@code node} whose type is one of {@code types} (all named children when none given).
     * Walked with a cursor: child-by-index access costs a walk from the first child each time.
     */
    static List<TSNode> children(TSNode node, String... types) {
        Set<String> wanted = Set.of(types);
        List<TSNode> found = new ArrayList<>();
        TSTreeCursor cursor = new TSTreeCursor(node);
        if (cursor.gotoFirstChild()) {
            do {
                TSNode child = cursor.currentNode();
                if (wanted.isEmpty() ? child.isNamed() : wanted.contains(child.getType()) && child.isNamed()) {
                    found.add(child);
                }
            } while (cursor.gotoNextSibling());
        }
        return found;
    }

    /** Every child, named or not, in order. */
    static List<TSNode> allChildren(TSNode node) {
        List<TSNode> found = new ArrayList<>();
        TSTreeCursor cursor = new TSTreeCursor(node);
        if (cursor.gotoFirstChild()) {
            do {
                found.add(cursor.currentNode());
            } while (cursor.gotoNextSibling());
        }
        return found;
    }

    static Optional<TSNode> firstNamed(TSNode node, String... types) {
        List<TSNode> found = children(node, types);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** True when {@code node} has an anonymous child token of this type (e.g. "static", "="). */
    static boolean hasToken(TSNode node, String token) {
        for (TSNode child : allChildren(node)) {
            if (child.getType().equals(token) && !child.isNamed()) {
                return true;
            }
        }
        return false;
    }

    /** Descendants of the given types, in document order, not below {@code maxDepth} levels. */
    static List<TSNode> descendants(TSNode node, Set<String> types, int maxDepth) {
        List<TSNode> found = new ArrayList<>();
        TSTreeCursor cursor = new TSTreeCursor(node);
        int depth = 0;
        if (!cursor.gotoFirstChild()) {
            return found;
        }
        while (true) {
            TSNode current = cursor.currentNode();
            if (types.contains(current.getType())) {
                found.add(current);
            }
            if (depth < maxDepth && cursor.gotoFirstChild()) {
                depth++;
                continue;
            }
            while (!cursor.gotoNextSibling()) {
                if (depth == 0 || !cursor.gotoParent()) {
                    return found;
                }
                depth--;
            }
        }
    }

    /** The nearest ancestor of one of the given types. */
    static Optional<TSNode> ancestor(TSNode node, String... types) {
        Set<String> wanted = Set.of(types);
        TSNode current = node.getParent();
        while (present(current)) {
            if (wanted.contains(current.getType())) {
                return Optional.of(current);
            }
            current = current.getParent();
        }
        return Optional.empty();
    }

    static boolean same(TSNode a, TSNode b) {
        return a.getStartByte() == b.getStartByte() && a.getEndByte() == b.getEndByte()
                && a.getType().equals(b.getType());
    }

    static boolean contains(TSNode outer, TSNode inner) {
        return outer.getStartByte() <= inner.getStartByte() && inner.getEndByte() <= outer.getEndByte();
    }
}

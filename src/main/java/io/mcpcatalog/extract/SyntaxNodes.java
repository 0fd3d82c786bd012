package io.mcpcatalog.extract;

import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/** Null-safe syntax-tree access that every grammar needs: a missing child is null, never a "null node". */
public final class SyntaxNodes {

    private SyntaxNodes() {
    }

    public static boolean present(TSNode node) {
        return node != null && !node.isNull();
    }

    /** The child in field {@code name}, or null when the node or the field is absent. */
    public static TSNode field(TSNode node, String name) {
        if (!present(node)) {
            return null;
        }
        TSNode child = node.getChildByFieldName(name);
        return present(child) ? child : null;
    }

    /** Every child, anonymous tokens included. */
    public static List<TSNode> children(TSNode node) {
        List<TSNode> list = new ArrayList<>();
        if (present(node)) {
            for (int i = 0; i < node.getChildCount(); i++) {
                list.add(node.getChild(i));
            }
        }
        return list;
    }
}

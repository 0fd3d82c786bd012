package io.mcpcatalog.extract.rust;

import static io.mcpcatalog.extract.SyntaxNodes.children;
import static io.mcpcatalog.extract.SyntaxNodes.field;
import static io.mcpcatalog.extract.SyntaxNodes.present;

import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/** Small syntax-tree helpers for the tree-sitter Rust grammar. */
final class RustNodes {

    private RustNodes() {
    }

    static List<TSNode> namedChildren(TSNode node) {
        List<TSNode> list = new ArrayList<>();
        if (present(node)) {
            for (int i = 0; i < node.getNamedChildCount(); i++) {
                list.add(node.getNamedChild(i));
            }
        }
        return list;
    }

    static TSNode firstChildOfType(TSNode node, String type) {
        for (TSNode child : children(node)) {
            if (child.getType().equals(type)) {
                return child;
            }
        }
        return null;
    }

    static boolean isComment(TSNode node) {
        return node.getType().equals("line_comment") || node.getType().equals("block_comment");
    }

    /**
     * The attribute items and doc comments written just before an item inside its parent list
     * (the grammar keeps them as preceding siblings), nearest last.
     */
    static List<TSNode> leadingDecorations(TSNode item) {
        List<TSNode> found = new ArrayList<>();
        TSNode sibling = item.getPrevSibling();
        while (present(sibling) && (sibling.getType().equals("attribute_item") || isComment(sibling))) {
            found.add(0, sibling);
            sibling = sibling.getPrevSibling();
        }
        return found;
    }

    /** The attribute nodes ({@code attribute}) among an item's leading decorations. */
    static List<TSNode> leadingAttributes(TSNode item) {
        List<TSNode> attributes = new ArrayList<>();
        for (TSNode decoration : leadingDecorations(item)) {
            if (decoration.getType().equals("attribute_item")) {
                TSNode attribute = firstChildOfType(decoration, "attribute");
                if (attribute != null) {
                    attributes.add(attribute);
                }
            }
        }
        return attributes;
    }

    /** The last segment of a path node (identifier, scoped_identifier, type path), or its text. */
    static String lastSegment(ParsedFile file, TSNode path) {
        if (!present(path)) {
            return null;
        }
        TSNode name = field(path, "name");
        if (name != null && (path.getType().equals("scoped_identifier") || path.getType().equals("scoped_type_identifier"))) {
            return file.text(name);
        }
        String text = file.text(path);
        int colons = text.lastIndexOf("::");
        return colons >= 0 ? text.substring(colons + 2).trim() : text.trim();
    }

    /** Whether the node sits inside a {@code #[cfg(test)]} module or function. */
    static boolean inTestCode(ParsedFile file, TSNode node) {
        TSNode current = node.getParent();
        while (present(current)) {
            String type = current.getType();
            if (type.equals("mod_item") || type.equals("function_item")) {
                for (TSNode attribute : leadingAttributes(current)) {
                    String text = file.text(attribute).replace(" ", "");
                    if (text.equals("test") || text.startsWith("cfg(test") || text.endsWith("::test")) {
                        return true;
                    }
                }
            }
            current = current.getParent();
        }
        return false;
    }
}

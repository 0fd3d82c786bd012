package io.mcpcatalog.extract.csharp;

import static io.mcpcatalog.extract.SyntaxNodes.field;
import static io.mcpcatalog.extract.SyntaxNodes.present;

import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/** Small syntax-tree helpers for the tree-sitter C# grammar. */
final class CsNodes {

    private CsNodes() {
    }

    static List<TSNode> namedChildren(TSNode node) {
        List<TSNode> list = new ArrayList<>();
        if (present(node)) {
            for (int i = 0; i < node.getNamedChildCount(); i++) {
                TSNode child = node.getNamedChild(i);
                if (!child.getType().equals("comment")) {
                    list.add(child);
                }
            }
        }
        return list;
    }

    static List<TSNode> childrenOfType(TSNode node, String type) {
        return namedChildren(node).stream().filter(child -> child.getType().equals(type)).toList();
    }

    /** The last identifier of a name (identifier, qualified_name, generic_name, alias_qualified_name). */
    static String simpleName(ParsedFile file, TSNode name) {
        if (!present(name)) {
            return "";
        }
        switch (name.getType()) {
            case "qualified_name", "alias_qualified_name", "member_access_expression":
                TSNode last = field(name, "name");
                return last == null ? file.text(name) : simpleName(file, last);
            case "generic_name":
                List<TSNode> named = namedChildren(name);
                return named.isEmpty() ? file.text(name) : file.text(named.get(0));
            default:
                return file.text(name);
        }
    }

    /** The {@code ///} comment lines written just before a declaration. */
    static List<String> docComment(ParsedFile file, TSNode declaration) {
        List<String> lines = new ArrayList<>();
        TSNode sibling = declaration.getPrevSibling();
        while (present(sibling) && sibling.getType().equals("comment")) {
            String text = file.text(sibling).strip();
            if (!text.startsWith("///")) {
                break;
            }
            lines.add(0, text.substring(3));
            sibling = sibling.getPrevSibling();
        }
        return lines;
    }

    /** The nearest enclosing node of one of the given types. */
    static TSNode ancestor(TSNode node, String... types) {
        TSNode current = node.getParent();
        while (present(current)) {
            for (String type : types) {
                if (current.getType().equals(type)) {
                    return current;
                }
            }
            current = current.getParent();
        }
        return null;
    }
}

package io.mcpcatalog.extract.typescript;

import org.treesitter.TSNode;

/** The comments written just before a statement (or an element of a list), for deprecation notes. */
final class Comments {

    private Comments() {
    }

    static String before(Ref ref) {
        TSNode node = ref.node();
        while (Ts.present(node.getParent()) && !Ts.is(node.getParent(), "program", "statement_block", "class_body",
                "array", "object", "arguments")) {
            node = node.getParent();
        }
        StringBuilder text = new StringBuilder();
        for (TSNode sibling = node.getPrevSibling(); Ts.present(sibling) && Ts.is(sibling, "comment", ","); sibling = sibling.getPrevSibling()) {
            if (Ts.is(sibling, "comment")) {
                text.insert(0, ref.file().text(sibling) + "\n");
            }
        }
        // a trailing comment on the same line as the start of the registration
        TSNode next = node.getNextSibling();
        if (Ts.present(next) && Ts.is(next, "comment") && next.getStartPoint().getRow() == node.getStartPoint().getRow()) {
            text.append(ref.file().text(next));
        }
        return text.toString();
    }
}

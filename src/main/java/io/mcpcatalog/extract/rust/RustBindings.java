package io.mcpcatalog.extract.rust;

import io.mcpcatalog.extract.SyntaxNodes;
import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import org.treesitter.TSNode;

/** Follows a name to what it holds: a {@code let} binding in an enclosing block, or a function of the file. */
final class RustBindings {

    private RustBindings() {
    }

    /** The value of the nearest {@code let <name> = ..} before {@code use} in its enclosing blocks. */
    static Optional<TSNode> letValue(ParsedFile file, TSNode use, String name) {
        TSNode block = use.getParent();
        while (SyntaxNodes.present(block)) {
            if (block.getType().equals("block")) {
                TSNode found = null;
                for (TSNode statement : RustNodes.namedChildren(block)) {
                    if (statement.getStartByte() >= use.getStartByte()) {
                        break;
                    }
                    if (statement.getType().equals("let_declaration")) {
                        TSNode pattern = SyntaxNodes.field(statement, "pattern");
                        TSNode value = SyntaxNodes.field(statement, "value");
                        if (pattern != null && value != null && file.text(pattern).equals(name)) {
                            found = value;
                        }
                    }
                }
                if (found != null) {
                    return Optional.of(found);
                }
            }
            if (block.getType().equals("function_item")) {
                return Optional.empty();
            }
            block = block.getParent();
        }
        return Optional.empty();
    }

    /** The body of a function (free or associated) called {@code name} in the file. */
    static Optional<TSNode> functionBody(ParsedFile file, String name) {
        Deque<TSNode> pending = new ArrayDeque<>();
        pending.add(file.root());
        while (!pending.isEmpty()) {
            TSNode node = pending.poll();
            for (TSNode child : RustNodes.namedChildren(node)) {
                String type = child.getType();
                if (type.equals("function_item")) {
                    TSNode fnName = SyntaxNodes.field(child, "name");
                    if (fnName != null && file.text(fnName).equals(name)) {
                        return Optional.ofNullable(SyntaxNodes.field(child, "body"));
                    }
                } else if (type.equals("impl_item") || type.equals("mod_item") || type.equals("declaration_list")
                        || type.equals("trait_item")) {
                    pending.add(child);
                }
            }
        }
        return Optional.empty();
    }
}

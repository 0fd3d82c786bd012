package io.mcpcatalog.extract.golang;

import io.mcpcatalog.extract.ParsedFile;
import org.treesitter.TSNode;

/** An expression to evaluate: the node, its file, and the parameter bindings of the call it is evaluated for. */
record Expr(ParsedFile file, TSNode node, Env env) {

    Expr with(TSNode other) {
        return new Expr(file, other, env);
    }

    /** The same expression evaluated as written, outside any call. */
    Expr atNone() {
        return new Expr(file, node, Env.NONE);
    }

    String text() {
        return file.text(node);
    }

    String type() {
        return node.getType();
    }
}

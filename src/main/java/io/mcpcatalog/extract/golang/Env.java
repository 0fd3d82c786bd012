package io.mcpcatalog.extract.golang;

import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * The arguments a function was called with, when a tool built inside a helper function is evaluated for one call
 * of that helper. {@link #NONE} evaluates code as written, where the helper's own parameters are unbound.
 */
record Env(String file, TSNode function, Map<String, Arg> bindings, int depth) {

    static final Env NONE = new Env(null, null, Map.of(), 0);

    /** One parameter's argument: one expression, or for a variadic parameter the list and/or a spread slice. */
    record Arg(List<Expr> values, boolean variadic, Expr spread) {
    }

    boolean binds(String path, TSNode node) {
        return function != null && file.equals(path) && GoSyntax.same(function, node);
    }
}

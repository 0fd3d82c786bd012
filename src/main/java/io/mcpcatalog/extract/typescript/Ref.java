package io.mcpcatalog.extract.typescript;

import io.mcpcatalog.extract.ParsedFile;
import java.util.HashMap;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * An expression of one file, with the values bound to the parameters of the function it sits in (empty outside
 * a call or a loop the resolver is following). A binding to {@code null} is a parameter of unknown value.
 */
record Ref(ParsedFile file, TSNode node, Map<String, Ref> env) {

    Ref {
        env = env == null ? Map.of() : env;
    }

    static Ref of(ParsedFile file, TSNode node) {
        return new Ref(file, node, Map.of());
    }

    Ref at(TSNode other) {
        return new Ref(file, other, env);
    }

    Ref with(Map<String, Ref> bindings) {
        Map<String, Ref> merged = new HashMap<>(env);
        merged.putAll(bindings);
        return new Ref(file, node, merged);
    }

    String type() {
        return node.getType();
    }

    String text() {
        return file.text(node);
    }

    int line() {
        return file.line(node);
    }

    /** Identity of the node, for recursion guards and de-duplication. */
    String key() {
        return file.path() + "@" + node.getStartByte() + "-" + node.getEndByte();
    }
}

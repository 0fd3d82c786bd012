package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import org.treesitter.TSNode;

/**
 * The functions an expression handed to a registration names: a function of the module or imported,
 * {@code self.method} or {@code instance.method} (bound), {@code module.function}, {@code getattr(module, name)},
 * or a loop variable running over values the source spells out (see {@link PyLoops}), once per loop value.
 */
final class PyFunctionRefs {

    /** A function, whether it is reached as a bound method, and the text resolver of its loop environment. */
    record Ref(PyDef function, boolean bound, PyText text) {
    }

    private final PyResolver resolver;
    private final PyLoops loops;

    PyFunctionRefs(PyResolver resolver, PyText text) {
        this.resolver = resolver;
        this.loops = new PyLoops(resolver, text);
    }

    List<Ref> resolve(ParsedFile file, TSNode expression) {
        List<Ref> refs = new ArrayList<>();
        TSNode node = PyAst.unwrap(expression);
        for (PyLoops.Env env : loops.environments(file, node)) {
            loops.resolve(file, node, env).filter(def -> def.kind() == PyDef.Kind.FUNCTION)
                    .filter(def -> refs.stream().noneMatch(r -> r.function().key().equals(def.key()) && env.values().isEmpty()))
                    .ifPresent(def -> refs.add(new Ref(def, isBound(file, node, def), loops.textIn(env))));
        }
        return refs;
    }

    private boolean isBound(ParsedFile file, TSNode node, PyDef def) {
        if (!PyAst.is(node, "attribute") || !PyAst.isMethod(def.node())) {
            return false;
        }
        TSNode object = node.getChildByFieldName("object");
        if (PyAst.is(object, "identifier") && file.text(object).equals("self")) {
            return true;
        }
        return !resolver.definition(file, object, 0).map(d -> d.kind() == PyDef.Kind.CLASS).orElse(false);
    }
}

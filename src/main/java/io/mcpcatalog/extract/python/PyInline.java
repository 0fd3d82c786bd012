package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * The string a call to a small helper of the tree returns: a function whose body is one {@code return <expr>}
 * (after its docstring), evaluated with the call's arguments bound to its parameters. Anything else: null.
 */
final class PyInline {

    private PyInline() {
    }

    static PyValue call(PyText text, ParsedFile file, TSNode call, int depth) {
        Optional<PyDef> function = text.resolver().definition(file, call.getChildByFieldName("function"), depth + 1)
                .filter(def -> def.kind() == PyDef.Kind.FUNCTION);
        if (function.isEmpty()) {
            return null;
        }
        TSNode returned = returnedExpression(function.get().node());
        if (returned == null) {
            return null;
        }
        TSNode arguments = call.getChildByFieldName("arguments");
        List<TSNode> positional = PyAst.positional(arguments);
        Map<String, TSNode> keywords = PyAst.keywords(file, arguments);
        Map<String, PyValue> bindings = new HashMap<>();
        ParsedFile home = function.get().file();
        int index = 0;
        for (TSNode parameter : PyAst.named(function.get().node().getChildByFieldName("parameters"))) {
            TSNode name = switch (parameter.getType()) {
                case "identifier" -> parameter;
                case "typed_parameter" -> parameter.getNamedChild(0);
                case "default_parameter", "typed_default_parameter" -> parameter.getChildByFieldName("name");
                default -> null;
            };
            if (!PyAst.is(name, "identifier")) {
                continue;
            }
            String key = home.text(name);
            if (index < positional.size()) {
                bindings.put(key, text.of(file, positional.get(index++), depth + 1));
            } else if (keywords.containsKey(key)) {
                bindings.put(key, text.of(file, keywords.get(key), depth + 1));
            } else {
                TSNode fallback = parameter.getChildByFieldName("value");
                bindings.put(key, PyAst.present(fallback) ? text.of(home, fallback, depth + 1) : null);
            }
        }
        return new PyText(text.resolver(), bindings, Map.of(), function.get()).of(home, returned, depth + 1);
    }

    /** The expression of a body that is only {@code return <expr>} (after an optional docstring). */
    static TSNode returnedExpression(TSNode function) {
        List<TSNode> statements = PyAst.named(function.getChildByFieldName("body"));
        if (!statements.isEmpty() && PyAst.docstring(function).isPresent()) {
            statements = statements.subList(1, statements.size());
        }
        if (statements.size() != 1 || !PyAst.is(statements.get(0), "return_statement")
                || statements.get(0).getNamedChildCount() != 1) {
            return null;
        }
        return statements.get(0).getNamedChild(0);
    }
}

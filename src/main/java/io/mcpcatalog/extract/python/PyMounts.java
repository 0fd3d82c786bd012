package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.PatternQuery;
import io.mcpcatalog.extract.QueryMatch;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * FastMCP server composition across the tree: a sub-server mounted or imported with a prefix (or namespace)
 * exposes its tools as {@code <prefix>_<name>}. Keyed by the sub-server's definition (its assignment).
 */
final class PyMounts {

    private final PyResolver resolver;
    private final PyText text;

    PyMounts(PyResolver resolver, PyText text) {
        this.resolver = resolver;
        this.text = text;
    }

    /** The name a tool registered on {@code receiver} has once the server is mounted (unchanged when it is not). */
    String name(ParsedFile file, TSNode receiver, String name) {
        Map<String, String> prefixes = prefixes();
        if (prefixes.isEmpty() || !PyAst.is(PyAst.unwrap(receiver), "identifier")) {
            return name;
        }
        Optional<PyDef> server = resolver.definition(file, receiver, 0);
        String prefix = server.map(d -> prefixes.get(d.key())).orElse(null);
        return prefix == null || prefix.isEmpty() ? name : prefix + "_" + name;
    }

    private Map<String, String> prefixes() {
        PyModules modules = resolver.modules();
        return modules.memo("py-mount-prefixes", () -> {
            Map<String, String> prefixes = new HashMap<>();
            for (String path : modules.index().paths()) {
                try {
                    modules.index().parsed(path).filter(f -> f.language() == Language.PYTHON).ifPresent(file -> {
                        for (QueryMatch match : PatternQuery.of(Language.PYTHON, "py-fastmcp-mount").matches(file)) {
                            read(file, match.first("arguments").orElseThrow(), prefixes);
                        }
                    });
                } catch (RuntimeException e) {
                    // an unreadable file mounts nothing
                }
            }
            return prefixes;
        });
    }

    private void read(ParsedFile file, TSNode arguments, Map<String, String> prefixes) {
        List<TSNode> positional = PyAst.positional(arguments);
        Map<String, TSNode> keywords = PyAst.keywords(file, arguments);
        TSNode server = keywords.get("server");
        TSNode prefix = keywords.containsKey("prefix") ? keywords.get("prefix") : keywords.get("namespace");
        for (TSNode argument : positional) {
            TSNode value = PyAst.unwrap(argument);
            if (PyAst.is(value, "string") || PyAst.is(value, "concatenated_string")) {
                prefix = prefix == null ? argument : prefix;
            } else if (server == null) {
                server = argument;
            } else if (prefix == null) {
                prefix = argument;
            }
        }
        if (server == null || prefix == null) {
            return;
        }
        PyValue value = text.of(file, prefix);
        Optional<PyDef> target = resolver.definition(file, server, 0);
        if (value != null && !value.partial() && target.isPresent()) {
            prefixes.putIfAbsent(target.get().key(), value.text());
        }
    }
}

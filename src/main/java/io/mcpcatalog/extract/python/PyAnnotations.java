package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.ToolAnnotations;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * Tool annotations exactly as declared: {@code ToolAnnotations(readOnlyHint=True, ...)} (or read_only_hint=...), a
 * dict literal, or a helper function of the tree that returns one.
 */
final class PyAnnotations {

    /** The hints as the MCP types spell them, and as the Python SDK 2 spells them. */
    private static final String[][] SNAKE_CASE = {{"readOnlyHint", "read_only_hint"},
        {"destructiveHint", "destructive_hint"}, {"idempotentHint", "idempotent_hint"}, {"openWorldHint", "open_world_hint"}};

    private final PyResolver resolver;
    private final PyText text;

    PyAnnotations(PyResolver resolver, PyText text) {
        this.resolver = resolver;
        this.text = text;
    }

    /** The declared annotations, or null when the expression declares none (or cannot be read). */
    ToolAnnotations read(ParsedFile file, TSNode expression) {
        return read(file, expression, 0);
    }

    private ToolAnnotations read(ParsedFile file, TSNode expression, int depth) {
        TSNode node = PyAst.unwrap(expression);
        if (!PyAst.present(node) || depth > PyResolver.MAX_DEPTH) {
            return null;
        }
        Map<String, TSNode> values = new HashMap<>();
        switch (node.getType()) {
            case "call" -> {
                // A helper of the tree that returns the annotations ("def _read_only(title): return
                // ToolAnnotations(title=title, readOnlyHint=True)") declares what it returns.
                Optional<PyDef> helper = resolver.definition(file, node.getChildByFieldName("function"), depth + 1)
                        .filter(d -> d.kind() == PyDef.Kind.FUNCTION);
                TSNode returned = helper.map(d -> PyInline.returnedExpression(d.node())).orElse(null);
                if (returned != null) {
                    return read(helper.get().file(), returned, depth + 1);
                }
                values.putAll(PyAst.keywords(file, node.getChildByFieldName("arguments")));
            }
            case "dictionary" -> putEntries(file, node, values, depth);
            case "identifier", "attribute" -> {
                return resolver.definition(file, node, depth + 1).filter(d -> d.kind() == PyDef.Kind.VALUE)
                        .filter(d -> !PyAst.same(d.node(), node)).map(d -> read(d.file(), d.node(), depth + 1)).orElse(null);
            }
            default -> {
                return null;
            }
        }
        for (String[] names : SNAKE_CASE) {
            if (!values.containsKey(names[0]) && values.containsKey(names[1])) {
                values.put(names[0], values.get(names[1]));
            }
        }
        PyValue title = values.containsKey("title") ? text.of(file, values.get("title")) : null;
        ToolAnnotations annotations = new ToolAnnotations(title == null ? null : title.text(),
                bool(file, values.get("readOnlyHint"), depth), bool(file, values.get("destructiveHint"), depth),
                bool(file, values.get("idempotentHint"), depth), bool(file, values.get("openWorldHint"), depth));
        return annotations.isEmpty() ? null : annotations;
    }

    /**
     * The entries of a dict literal, in order, so that a later key wins as in Python; a spread of a dict of the same
     * file ({**_read_only, "title": ...}) gives its entries first.
     */
    private void putEntries(ParsedFile file, TSNode dictionary, Map<String, TSNode> values, int depth) {
        for (TSNode entry : PyAst.named(dictionary)) {
            if (entry.getType().equals("pair")) {
                PyValue key = text.of(file, entry.getChildByFieldName("key"));
                if (key != null) {
                    values.put(key.text(), entry.getChildByFieldName("value"));
                }
            } else if (entry.getType().equals("dictionary_splat") && entry.getNamedChildCount() == 1
                    && depth < PyResolver.MAX_DEPTH) {
                resolver.definition(file, entry.getNamedChild(0), depth + 1)
                        .filter(d -> d.kind() == PyDef.Kind.VALUE && d.file() == file)
                        .map(d -> PyAst.unwrap(d.node()))
                        .filter(spread -> PyAst.present(spread) && spread.getType().equals("dictionary"))
                        .ifPresent(spread -> putEntries(file, spread, values, depth + 1));
            }
        }
    }

    private Boolean bool(ParsedFile file, TSNode expression, int depth) {
        TSNode node = PyAst.unwrap(expression);
        if (!PyAst.present(node) || depth > PyResolver.MAX_DEPTH) {
            return null;
        }
        return switch (node.getType()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "identifier", "attribute" -> {
                Optional<PyDef> def = resolver.definition(file, node, depth + 1).filter(d -> d.kind() == PyDef.Kind.VALUE)
                        .filter(d -> !PyAst.same(d.node(), node));
                yield def.map(d -> bool(d.file(), d.node(), depth + 1)).orElse(null);
            }
            default -> null;
        };
    }
}

package io.mcpcatalog.extract.python;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
    private final PyLiterals literals;

    PyAnnotations(PyResolver resolver, PyText text, PyLiterals literals) {
        this.resolver = resolver;
        this.text = text;
        this.literals = literals;
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
            case "dictionary" -> {
                // Read as the literal it is, spreads of other dicts ({**read_only, "title": ...}) included.
                return literals.json(file, node, depth + 1) instanceof ObjectNode dict ? fromDict(dict) : null;
            }
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

    private static ToolAnnotations fromDict(ObjectNode dict) {
        JsonNode title = dict.get("title");
        ToolAnnotations annotations = new ToolAnnotations(title != null && title.isTextual() ? title.asText() : null,
                hint(dict, SNAKE_CASE[0]), hint(dict, SNAKE_CASE[1]), hint(dict, SNAKE_CASE[2]),
                hint(dict, SNAKE_CASE[3]));
        return annotations.isEmpty() ? null : annotations;
    }

    /** A hint under either of its spellings, when it is a boolean. */
    private static Boolean hint(ObjectNode dict, String[] names) {
        JsonNode value = dict.has(names[0]) ? dict.get(names[0]) : dict.get(names[1]);
        return value != null && value.isBoolean() ? value.booleanValue() : null;
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

package io.mcpcatalog.extract.python;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.extract.ParsedFile;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * A Python literal as JSON: dicts (with ** spreads and dict(...) calls), lists, tuples, strings, numbers,
 * booleans and None, through names resolved to constants; {@code Model.model_json_schema()} (or {@code .schema()})
 * becomes the model's object schema. Parts that cannot be read are left out; nothing readable gives null.
 */
final class PyLiterals {

    private final PyResolver resolver;
    private final PyText text;
    private final PyTypes types;

    PyLiterals(PyResolver resolver, PyText text, PyTypes types) {
        this.resolver = resolver;
        this.text = text;
        this.types = types;
    }

    JsonNode json(ParsedFile file, TSNode expression, int depth) {
        TSNode node = PyAst.unwrap(expression);
        if (!PyAst.present(node) || depth > PyResolver.MAX_DEPTH) {
            return null;
        }
        switch (node.getType()) {
            case "dictionary" -> {
                return dictionary(file, node, depth);
            }
            case "list", "tuple", "set" -> {
                ArrayNode array = PyTypes.JSON.arrayNode();
                for (TSNode item : PyAst.named(node)) {
                    JsonNode value = json(file, item, depth + 1);
                    if (value != null) {
                        array.add(value);
                    }
                }
                return array;
            }
            case "integer" -> {
                try {
                    return PyTypes.JSON.numberNode(Long.parseLong(file.text(node).replace("_", "")));
                } catch (NumberFormatException e) {
                    return PyTypes.JSON.textNode(file.text(node));
                }
            }
            case "float" -> {
                try {
                    return PyTypes.JSON.numberNode(Double.parseDouble(file.text(node).replace("_", "")));
                } catch (NumberFormatException e) {
                    return PyTypes.JSON.textNode(file.text(node));
                }
            }
            case "true" -> {
                return PyTypes.JSON.booleanNode(true);
            }
            case "false" -> {
                return PyTypes.JSON.booleanNode(false);
            }
            case "none" -> {
                return PyTypes.JSON.nullNode();
            }
            case "call" -> {
                return call(file, node, depth);
            }
            case "identifier", "attribute" -> {
                Optional<PyDef> def = resolver.definition(file, node, depth + 1)
                        .filter(d -> d.kind() == PyDef.Kind.VALUE && !PyAst.same(d.node(), node));
                if (def.isPresent()) {
                    return json(def.get().file(), def.get().node(), depth + 1);
                }
                PyValue value = text.of(file, node, depth + 1);
                return value == null ? null : PyTypes.JSON.textNode(value.text());
            }
            default -> {
                PyValue value = text.of(file, node, depth + 1);
                return value == null ? null : PyTypes.JSON.textNode(value.text());
            }
        }
    }

    private ObjectNode dictionary(ParsedFile file, TSNode node, int depth) {
        ObjectNode object = PyTypes.JSON.objectNode();
        for (TSNode entry : PyAst.named(node)) {
            if (entry.getType().equals("pair")) {
                PyValue key = text.of(file, entry.getChildByFieldName("key"), depth + 1);
                JsonNode value = json(file, entry.getChildByFieldName("value"), depth + 1);
                if (key != null && !key.partial() && value != null) {
                    object.set(key.text(), value);
                }
            } else if (entry.getType().equals("dictionary_splat") && entry.getNamedChildCount() == 1) {
                JsonNode spread = json(file, entry.getNamedChild(0), depth + 1);
                if (spread instanceof ObjectNode spreadObject) {
                    object.setAll(spreadObject);
                }
            }
        }
        return object;
    }

    private JsonNode call(ParsedFile file, TSNode node, int depth) {
        TSNode function = PyAst.unwrap(node.getChildByFieldName("function"));
        TSNode arguments = node.getChildByFieldName("arguments");
        String name = PyAst.lastName(file, function);
        if (name.equals("dict")) {
            ObjectNode object = PyTypes.JSON.objectNode();
            List<TSNode> positional = PyAst.positional(arguments);
            if (positional.size() == 1 && json(file, positional.get(0), depth + 1) instanceof ObjectNode base) {
                object.setAll(base);
            }
            PyAst.keywords(file, arguments).forEach((key, value) -> {
                JsonNode json = json(file, value, depth + 1);
                if (json != null) {
                    object.set(key, json);
                }
            });
            return object;
        }
        if ((name.equals("model_json_schema") || name.equals("schema")) && PyAst.is(function, "attribute")) {
            return resolver.definition(file, function.getChildByFieldName("object"), depth + 1)
                    .filter(d -> d.kind() == PyDef.Kind.CLASS)
                    .map(cls -> (JsonNode) types.models().classSchema(cls, 0)).orElse(null);
        }
        PyValue value = text.of(file, node, depth + 1);
        return value == null ? null : PyTypes.JSON.textNode(value.text());
    }
}

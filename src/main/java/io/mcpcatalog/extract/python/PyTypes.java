package io.mcpcatalog.extract.python;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * A Python type annotation as the JSON Schema pydantic derives for it: builtin and pydantic scalar types,
 * containers, Optional/Union/|, Literal, Annotated (with its Field or string metadata), enums, models and
 * type aliases resolved in the scanned tree. Unknown names give an object; no annotation gives no type.
 */
final class PyTypes {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private static final Set<String> ANY = Set.of("Any", "object", "Json", "JsonValue", "TypeVar");
    private static final Set<String> TRANSPARENT = Set.of("Optional", "Required", "NotRequired", "ReadOnly", "Final");

    /** The schema of an annotation, with the Field metadata an Annotated[...] carries (null when none). */
    record Typed(ObjectNode schema, PyFields.Field field) {
    }

    private final PyResolver resolver;
    private final PyText text;
    private final PyFields fields;
    private final PyModels models;

    PyTypes(PyResolver resolver, PyText text) {
        this.resolver = resolver;
        this.text = text;
        this.fields = new PyFields(text);
        this.models = new PyModels(resolver, text, this);
    }

    PyFields fields() {
        return fields;
    }

    PyModels models() {
        return models;
    }

    Typed of(ParsedFile file, TSNode annotation, int depth) {
        TSNode node = PyAst.unwrap(annotation);
        ObjectNode schema = JSON.objectNode();
        if (!PyAst.present(node) || depth > PyResolver.MAX_DEPTH) {
            return new Typed(schema, null);
        }
        List<TSNode> args = new ArrayList<>();
        String head = PyTypeSyntax.head(file, node, args);
        if (head.equals("|")) {
            return new Typed(union(file, args, depth), null);
        }
        if (head.equals("Annotated") && !args.isEmpty()) {
            Typed inner = of(file, args.get(0), depth + 1);
            PyFields.Field field = inner.field();
            for (TSNode meta : args.subList(1, args.size())) {
                PyFields.Field found = fields.metadata(file, PyAst.unwrap(meta));
                field = found != null ? found : field;
            }
            return new Typed(inner.schema(), field);
        }
        if (TRANSPARENT.contains(head) && args.size() == 1) {
            return of(file, args.get(0), depth + 1);
        }
        switch (head) {
            case "Union" -> {
                return new Typed(union(file, args, depth), null);
            }
            case "Literal" -> {
                return new Typed(literal(file, args, depth), null);
            }
            case "None", "NoneType" -> {
                return new Typed(schema.put("type", "null"), null);
            }
            default -> {
            }
        }
        String scalar = PyTypeSyntax.scalar(head);
        if (scalar != null) {
            schema.put("type", scalar);
            if (scalar.equals("array") && !args.isEmpty() && !head.equalsIgnoreCase("tuple")) {
                ObjectNode items = of(file, args.get(0), depth + 1).schema();
                if (!items.isEmpty()) {
                    schema.set("items", items);
                }
            }
            return new Typed(schema, null);
        }
        if (ANY.contains(head) || head.isEmpty()) {
            return new Typed(schema, null);
        }
        TSNode headNode = PyTypeSyntax.headNode(node);
        return named(file, PyAst.is(headNode, "identifier") || PyAst.is(headNode, "attribute") ? headNode : null, head, depth);
    }

    /** The schema a name denotes: a class (enum or model) or a type alias of the tree, else an object. */
    private Typed named(ParsedFile file, TSNode nameNode, String head, int depth) {
        Optional<PyDef> def = nameNode == null ? resolver.modules().lookup(file, head)
                : resolver.definition(file, nameNode, depth + 1);
        if (def.isPresent() && def.get().kind() == PyDef.Kind.CLASS) {
            return new Typed(models.classSchema(def.get(), depth + 1), null);
        }
        if (def.isPresent() && def.get().kind() == PyDef.Kind.VALUE && !PyAst.same(def.get().node(), nameNode)) {
            TSNode alias = PyAst.unwrap(def.get().node());
            if (PyAst.is(alias, "call") && PyAst.lastName(def.get().file(), alias.getChildByFieldName("function")).equals("NewType")) {
                List<TSNode> newType = PyAst.positional(alias.getChildByFieldName("arguments"));
                return newType.size() == 2 ? of(def.get().file(), newType.get(1), depth + 1) : new Typed(JSON.objectNode(), null);
            }
            return of(def.get().file(), alias, depth + 1);
        }
        return new Typed(JSON.objectNode().put("type", "object"), null);
    }

    private ObjectNode union(ParsedFile file, List<TSNode> members, int depth) {
        List<ObjectNode> options = new ArrayList<>();
        for (TSNode member : members) {
            ObjectNode option = of(file, member, depth + 1).schema();
            if (!"null".equals(option.path("type").asText()) && !options.contains(option)) {
                options.add(option);
            }
        }
        if (options.size() == 1) {
            return options.get(0);
        }
        ObjectNode schema = JSON.objectNode();
        if (!options.isEmpty() && options.stream().allMatch(o -> o.path("type").equals(options.get(0).path("type"))
                && o.has("type") && !o.has("enum"))) {
            return schema.put("type", options.get(0).path("type").asText());
        }
        ArrayNode anyOf = schema.putArray("anyOf");
        options.forEach(anyOf::add);
        return options.isEmpty() ? JSON.objectNode() : schema;
    }

    private ObjectNode literal(ParsedFile file, List<TSNode> values, int depth) {
        ObjectNode schema = JSON.objectNode();
        ArrayNode enumValues = JSON.arrayNode();
        Set<String> kinds = new java.util.HashSet<>();
        for (TSNode value : values) {
            switch (value.getType()) {
                case "integer" -> {
                    try {
                        enumValues.add(Long.parseLong(file.text(value)));
                    } catch (NumberFormatException e) {
                        enumValues.add(file.text(value));
                    }
                    kinds.add("integer");
                }
                case "true", "false" -> {
                    enumValues.add(value.getType().equals("true"));
                    kinds.add("boolean");
                }
                case "none" -> {
                }
                default -> {
                    PyValue resolved = text.of(file, value, depth + 1);
                    if (resolved != null) {
                        enumValues.add(resolved.text());
                        kinds.add("string");
                    }
                }
            }
        }
        if (kinds.size() == 1) {
            schema.put("type", kinds.iterator().next());
        }
        schema.set("enum", enumValues);
        return schema;
    }
}

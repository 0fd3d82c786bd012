package io.mcpcatalog.extract.python;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * The input schema FastMCP derives from a function signature: one property per parameter, required when it
 * has no default (a {@code Field(...)} default without a value counts as none), described by its Field or
 * Annotated metadata. Injected parameters (the Context, dependencies), self/cls, *args/**kwargs are left out.
 */
final class PySignature {

    private static final Set<String> INJECTED_DEFAULTS = Set.of("Depends", "CurrentContext", "CurrentRequest");

    private final PyTypes types;

    PySignature(PyTypes types) {
        this.types = types;
    }

    ObjectNode schema(PyDef function, boolean bound, Set<String> excluded) {
        ParsedFile file = function.file();
        ObjectNode properties = PyTypes.JSON.objectNode();
        ArrayNode required = PyTypes.JSON.arrayNode();
        boolean skipFirst = bound || PyAst.isMethod(function.node()) && !isStatic(file, function.node());
        boolean first = true;
        for (TSNode parameter : PyAst.named(function.node().getChildByFieldName("parameters"))) {
            String type = parameter.getType();
            TSNode nameNode = switch (type) {
                case "identifier" -> parameter;
                case "typed_parameter" -> PyAst.is(parameter.getNamedChild(0), "identifier") ? parameter.getNamedChild(0) : null;
                case "default_parameter", "typed_default_parameter" -> parameter.getChildByFieldName("name");
                default -> null;
            };
            boolean wasFirst = first;
            first = false;
            if (!PyAst.is(nameNode, "identifier")) {
                continue;
            }
            String name = file.text(nameNode);
            if (wasFirst && skipFirst && (bound || name.equals("self") || name.equals("cls"))) {
                continue;
            }
            TSNode annotation = parameter.getChildByFieldName("type");
            TSNode value = parameter.getChildByFieldName("value");
            if (excluded.contains(name) || isInjected(file, annotation) || isInjectedDefault(file, value)) {
                continue;
            }
            PyTypes.Typed typed = PyAst.present(annotation) ? types.of(file, annotation, 0)
                    : new PyTypes.Typed(PyTypes.JSON.objectNode(), null);
            PyFields.Field field = PyAst.present(value) ? types.fields().of(file, value) : null;
            boolean hasDefault = PyAst.present(value) ? field == null || !Boolean.FALSE.equals(field.hasDefault())
                    : typed.field() != null && Boolean.TRUE.equals(typed.field().hasDefault());
            PyFields.Field meta = field != null ? field : typed.field();
            ObjectNode property = typed.schema().deepCopy();
            if (meta != null && meta.description() != null) {
                property.put("description", meta.description());
            }
            String key = meta != null && meta.alias() != null ? meta.alias() : name;
            properties.set(key, property);
            if (!hasDefault) {
                required.add(key);
            }
        }
        ObjectNode schema = PyTypes.JSON.objectNode().put("type", "object");
        schema.set("properties", properties);
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    private static boolean isStatic(ParsedFile file, TSNode function) {
        TSNode parent = function.getParent();
        if (!PyAst.is(parent, "decorated_definition")) {
            return false;
        }
        return PyAst.named(parent).stream().anyMatch(d -> d.getType().equals("decorator")
                && file.text(d).strip().equals("@staticmethod"));
    }

    /** Whether an annotation is the Context FastMCP injects (also inside Optional/Union/Annotated). */
    static boolean isInjected(ParsedFile file, TSNode annotation) {
        TSNode node = PyAst.unwrap(annotation);
        if (!PyAst.present(node)) {
            return false;
        }
        List<TSNode> args = new ArrayList<>();
        String head = PyTypeSyntax.head(file, node, args);
        if (head.equals("|") || head.equals("Optional") || head.equals("Union")) {
            return args.stream().anyMatch(a -> isInjected(file, a));
        }
        if (head.equals("Annotated")) {
            return !args.isEmpty() && isInjected(file, args.get(0));
        }
        if (head.equals("Context")) {
            return true;
        }
        PyModule.Import imported = PyModule.of(file).imported(head);
        return imported != null && "Context".equals(imported.name());
    }

    private static boolean isInjectedDefault(ParsedFile file, TSNode value) {
        TSNode node = PyAst.unwrap(value);
        return PyAst.is(node, "call") && INJECTED_DEFAULTS.contains(PyAst.lastName(file, node.getChildByFieldName("function")));
    }
}

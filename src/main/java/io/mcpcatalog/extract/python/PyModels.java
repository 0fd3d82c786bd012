package io.mcpcatalog.extract.python;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.extract.ParsedFile;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * The JSON Schema of a class used as a type: an enum's values, or the fields of a pydantic model, dataclass or
 * TypedDict (with the fields of its base classes found in the tree). Nested models are expanded a few levels deep.
 */
final class PyModels {

    private static final Set<String> ENUM_BASES = Set.of("Enum", "StrEnum", "IntEnum", "Flag", "IntFlag", "ReprEnum");
    private static final int MAX_NESTED_DEPTH = 6;

    private final PyResolver resolver;
    private final PyText text;
    private final PyTypes types;

    PyModels(PyResolver resolver, PyText text, PyTypes types) {
        this.resolver = resolver;
        this.text = text;
        this.types = types;
    }

    ObjectNode classSchema(PyDef cls, int depth) {
        if (isEnum(cls, depth)) {
            return enumSchema(cls, depth);
        }
        ObjectNode schema = PyTypes.JSON.objectNode().put("type", "object");
        if (depth > MAX_NESTED_DEPTH) {
            return schema;
        }
        ObjectNode properties = PyTypes.JSON.objectNode();
        ArrayNode required = PyTypes.JSON.arrayNode();
        addFields(cls, properties, required, depth);
        if (!properties.isEmpty()) {
            schema.set("properties", properties);
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        return schema;
    }

    boolean isEnum(PyDef cls, int depth) {
        if (depth > PyResolver.MAX_DEPTH) {
            return false;
        }
        if (PyResolver.baseNames(cls).stream().anyMatch(ENUM_BASES::contains)) {
            return true;
        }
        return resolver.bases(cls, depth).stream().anyMatch(base -> isEnum(base, depth + 1));
    }

    private ObjectNode enumSchema(PyDef cls, int depth) {
        ArrayNode values = PyTypes.JSON.arrayNode();
        boolean strings = PyResolver.baseNames(cls).stream().anyMatch(b -> b.equals("str") || b.equals("StrEnum"));
        boolean allIntegers = true;
        int auto = 1;
        for (TSNode statement : PyAst.named(cls.node().getChildByFieldName("body"))) {
            TSNode assignment = statement.getNamedChildCount() == 1 ? statement.getNamedChild(0) : null;
            if (!PyAst.is(statement, "expression_statement") || !PyAst.is(assignment, "assignment")) {
                continue;
            }
            TSNode left = assignment.getChildByFieldName("left");
            TSNode right = PyAst.unwrap(assignment.getChildByFieldName("right"));
            if (!PyAst.is(left, "identifier") || !PyAst.present(right) || cls.file().text(left).startsWith("_")) {
                continue;
            }
            if (PyAst.is(right, "integer")) {
                values.add(cls.file().text(right));
            } else if (PyAst.is(right, "call") && PyAst.lastName(cls.file(), right.getChildByFieldName("function")).equals("auto")) {
                values.add(strings ? cls.file().text(left).toLowerCase(Locale.ROOT) : String.valueOf(auto++));
                allIntegers &= !strings;
            } else {
                // A str mixin builds a member from a tuple as its arguments: APG = ('APG',) is "APG".
                TSNode single = strings && PyAst.is(right, "tuple") && right.getNamedChildCount() == 1
                        ? right.getNamedChild(0) : right;
                PyValue value = text.of(cls.file(), single, depth + 1);
                if (value != null) {
                    values.add(value.text());
                    allIntegers = false;
                }
            }
        }
        ObjectNode schema = PyTypes.JSON.objectNode().put("type", allIntegers && !values.isEmpty() && !strings ? "integer" : "string");
        schema.set("enum", values);
        return schema;
    }

    private void addFields(PyDef cls, ObjectNode properties, ArrayNode required, int depth) {
        for (PyDef base : resolver.bases(cls, depth)) {
            if (!isEnum(base, depth + 1)) {
                addFields(base, properties, required, depth + 1);
            }
        }
        boolean total = !PyAst.named(cls.node().getChildByFieldName("superclasses")).stream()
                .anyMatch(arg -> PyAst.is(arg, "keyword_argument") && cls.file().text(arg).replace(" ", "").equals("total=False"));
        ParsedFile file = cls.file();
        for (TSNode statement : PyAst.named(cls.node().getChildByFieldName("body"))) {
            TSNode assignment = statement.getNamedChildCount() == 1 ? statement.getNamedChild(0) : null;
            if (!PyAst.is(statement, "expression_statement") || !PyAst.is(assignment, "assignment")) {
                continue;
            }
            TSNode left = assignment.getChildByFieldName("left");
            TSNode annotation = assignment.getChildByFieldName("type");
            if (!PyAst.is(left, "identifier") || !PyAst.present(annotation)) {
                continue;
            }
            String name = file.text(left);
            List<TSNode> args = new java.util.ArrayList<>();
            String head = PyTypeSyntax.head(file, PyAst.unwrap(annotation), args);
            if (name.startsWith("_") || name.equals("model_config") || head.equals("ClassVar")) {
                continue;
            }
            PyTypes.Typed typed = types.of(file, annotation, depth + 1);
            TSNode value = assignment.getChildByFieldName("right");
            PyFields.Field field = PyAst.present(value) ? types.fields().of(file, value) : null;
            boolean hasDefault = PyAst.present(value) && (field == null || !Boolean.FALSE.equals(field.hasDefault()));
            PyFields.Field meta = field != null ? field : typed.field();
            if (field == null && typed.field() != null && Boolean.TRUE.equals(typed.field().hasDefault())) {
                hasDefault = true;
            }
            ObjectNode property = typed.schema().deepCopy();
            if (meta != null && meta.description() != null) {
                property.put("description", meta.description());
            }
            String key = meta != null && meta.alias() != null ? meta.alias() : name;
            properties.set(key, property);
            boolean optionalKey = head.equals("NotRequired") || (!total && !head.equals("Required"));
            if (!hasDefault && !optionalKey) {
                required.add(key);
            }
        }
    }
}

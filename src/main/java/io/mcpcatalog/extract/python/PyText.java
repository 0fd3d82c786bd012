package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * The string value of an expression, as far as the source tells: literals, implicit and {@code +} concatenation,
 * f-strings, {@code str.format}, {@code %}, {@code join}, strip/dedent/cleandoc, and names resolved to constants
 * or enum members. Unknown parts make the value partial; a value with no known part at all is null.
 */
final class PyText {

    private static final Set<String> CASE_AND_STRIP = Set.of("strip", "lstrip", "rstrip", "lower", "upper");

    private final PyResolver resolver;
    /**
     * Names bound inside {@code region} only: the parameters of a small helper whose return expression is being
     * evaluated ({@link PyInline}), or the variables of the loops around a registration ({@link PyLoops}).
     */
    private final Map<String, PyValue> bindings;
    private final Map<String, PyDef> boundDefs;
    private final PyDef region;

    PyText(PyResolver resolver) {
        this(resolver, Map.of(), Map.of(), null);
    }

    PyText(PyResolver resolver, Map<String, PyValue> bindings, Map<String, PyDef> boundDefs, PyDef region) {
        this.resolver = resolver;
        this.bindings = bindings;
        this.boundDefs = boundDefs;
        this.region = region;
    }

    /** What a name bound in this text's region denotes at {@code use}, if it is bound there. */
    java.util.Optional<PyDef> boundDef(ParsedFile file, TSNode use) {
        return PyAst.is(use, "identifier") && bound(file, use) ? java.util.Optional.ofNullable(boundDefs.get(file.text(use)))
                : java.util.Optional.empty();
    }

    PyResolver resolver() {
        return resolver;
    }

    PyValue of(ParsedFile file, TSNode expression) {
        return of(file, expression, 0);
    }

    PyValue of(ParsedFile file, TSNode expression, int depth) {
        TSNode node = PyAst.unwrap(expression);
        if (!PyAst.present(node) || depth > PyResolver.MAX_DEPTH) {
            return null;
        }
        return switch (node.getType()) {
            case "string" -> PyStrings.literal(file, node, e -> of(file, e, depth + 1));
            case "concatenated_string" -> concatenate(file, PyAst.named(node), depth);
            case "integer", "float" -> PyValue.of(file.text(node));
            case "binary_operator" -> binary(file, node, depth);
            case "call" -> call(file, node, depth);
            case "identifier" -> bound(file, node) ? bindings.get(file.text(node)) : constant(file, node, depth);
            case "attribute" -> functionName(file, node, depth).orElseGet(() -> constant(file, node, depth));
            case "subscript" -> subscript(file, node, depth);
            default -> null;
        };
    }

    /** {@code CONFIG["description"]} of a dict or list literal known here (also a loop variable's). */
    private PyValue subscript(ParsedFile file, TSNode node, int depth) {
        List<TSNode> keys = new java.util.ArrayList<>();
        for (int i = 0; i < node.getChildCount(); i++) {
            if ("subscript".equals(node.getFieldNameForChild(i))) {
                keys.add(node.getChild(i));
            }
        }
        PyValue key = keys.size() == 1 ? of(file, keys.get(0), depth + 1) : null;
        TSNode object = node.getChildByFieldName("value");
        java.util.Optional<PyDef> container = boundDef(file, object).flatMap(d -> PyAst.is(PyAst.unwrap(d.node()), "identifier")
                || PyAst.is(PyAst.unwrap(d.node()), "attribute") ? resolver.definition(d.file(), d.node(), depth + 1) : java.util.Optional.of(d));
        if (container.isEmpty()) {
            container = resolver.definition(file, object, depth + 1);
        }
        if (key == null || key.partial() || container.isEmpty()) {
            return null;
        }
        return PyResolver.item(container.get(), key.text()).map(item -> of(item.file(), item.node(), depth + 1)).orElse(null);
    }

    private boolean bound(ParsedFile file, TSNode identifier) {
        String name = file.text(identifier);
        return region != null && region.file() == file && (bindings.containsKey(name) || boundDefs.containsKey(name))
                && identifier.getStartByte() >= region.node().getStartByte()
                && identifier.getEndByte() <= region.node().getEndByte();
    }

    /** {@code fn.__name__} of a function or class known here. */
    private java.util.Optional<PyValue> functionName(ParsedFile file, TSNode attribute, int depth) {
        if (!PyAst.field(attribute, "attribute").map(file::text).orElse("").equals("__name__")) {
            return java.util.Optional.empty();
        }
        TSNode object = attribute.getChildByFieldName("object");
        java.util.Optional<PyDef> def = boundDef(file, object);
        if (def.isEmpty()) {
            def = resolver.definition(file, object, depth + 1);
        }
        return def.filter(d -> d.kind() == PyDef.Kind.FUNCTION || d.kind() == PyDef.Kind.CLASS)
                .flatMap(d -> PyAst.field(d.node(), "name").map(n -> PyValue.of(d.file().text(n))));
    }

    private PyValue constant(ParsedFile file, TSNode node, int depth) {
        return resolver.definition(file, node, depth + 1)
                    .filter(def -> def.kind() == PyDef.Kind.VALUE && !PyAst.same(def.node(), node))
                .map(def -> of(def.file(), def.node(), depth + 1)).orElse(null);
    }

    private PyValue concatenate(ParsedFile file, List<TSNode> parts, int depth) {
        PyValue result = null;
        boolean unknown = false;
        for (TSNode part : parts) {
            PyValue value = of(file, part, depth + 1);
            if (value == null) {
                unknown = true;
            } else {
                result = result == null ? value : result.plus(value);
            }
        }
        return result == null ? null : unknown ? new PyValue(result.text(), true) : result;
    }

    private PyValue binary(ParsedFile file, TSNode node, int depth) {
        TSNode operator = node.getChildByFieldName("operator");
        String op = PyAst.present(operator) ? file.text(operator) : "";
        TSNode left = node.getChildByFieldName("left");
        if (op.equals("+")) {
            java.util.ArrayDeque<TSNode> operands = new java.util.ArrayDeque<>();
            TSNode current = node;
            while (isPlus(file, current)) {
                operands.addFirst(current.getChildByFieldName("right"));
                current = PyAst.unwrap(current.getChildByFieldName("left"));
            }
            operands.addFirst(current);
            return concatenate(file, List.copyOf(operands), depth);
        }
        if (op.equals("%")) {
            PyValue template = of(file, left, depth + 1);
            return template == null ? null : PyFormat.percent(template);
        }
        return null;
    }

    private static boolean isPlus(ParsedFile file, TSNode node) {
        TSNode operator = PyAst.is(node, "binary_operator") ? node.getChildByFieldName("operator") : null;
        return PyAst.present(operator) && file.text(operator).equals("+");
    }

    private PyValue call(ParsedFile file, TSNode node, int depth) {
        TSNode function = PyAst.unwrap(node.getChildByFieldName("function"));
        TSNode arguments = node.getChildByFieldName("arguments");
        List<TSNode> positional = PyAst.positional(arguments);
        String name = PyAst.lastName(file, function);
        if (PyAst.is(function, "attribute")) {
            TSNode object = function.getChildByFieldName("object");
            if (name.equals("format")) {
                PyValue template = of(file, object, depth + 1);
                return template == null ? null : PyFormat.format(this, file, template, positional, PyAst.keywords(file, arguments), depth);
            }
            if (CASE_AND_STRIP.contains(name) && positional.isEmpty()) {
                PyValue value = of(file, object, depth + 1);
                return value == null ? null : value.map(text -> switch (name) {
                    case "strip" -> text.strip();
                    case "lstrip" -> text.stripLeading();
                    case "rstrip" -> text.stripTrailing();
                    case "lower" -> text.toLowerCase(java.util.Locale.ROOT);
                    default -> text.toUpperCase(java.util.Locale.ROOT);
                });
            }
            if (name.equals("join") && positional.size() == 1) {
                return join(file, object, positional.get(0), depth);
            }
        }
        PyValue inlined = PyInline.call(this, file, node, depth);
        if (inlined != null) {
            return inlined;
        }
        if (positional.size() == 1 && (name.equals("dedent") || name.equals("cleandoc") || name.equals("str"))) {
            PyValue value = of(file, positional.get(0), depth + 1);
            return value == null ? null : value.map(text -> switch (name) {
                case "dedent" -> PyStrings.dedent(text);
                case "cleandoc" -> PyStrings.cleandoc(text);
                default -> text;
            });
        }
        return null;
    }

    private PyValue join(ParsedFile file, TSNode separator, TSNode items, int depth) {
        PyValue sep = of(file, separator, depth + 1);
        Optional<PyDef> list = resolver.definition(file, items, depth + 1);
        if (sep == null || list.isEmpty() || !(PyAst.is(list.get().node(), "list") || PyAst.is(list.get().node(), "tuple"))) {
            return null;
        }
        PyValue result = null;
        boolean unknown = false;
        for (TSNode item : PyAst.named(list.get().node())) {
            PyValue value = of(list.get().file(), item, depth + 1);
            if (value == null) {
                unknown = true;
                continue;
            }
            result = result == null ? value : result.plus(sep).plus(value);
        }
        return result == null ? null : unknown ? new PyValue(result.text(), true) : result;
    }
}

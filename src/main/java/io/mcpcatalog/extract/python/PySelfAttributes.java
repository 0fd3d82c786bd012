package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * {@code self.x} inside a class, when x is not a class attribute: the value a method assigns to {@code self.x}
 * in the class or a base class. When a base's {@code __init__} assigns one of its parameters (the tool-handler
 * idiom: {@code ToolHandler.__init__(self, tool_name): self.name = tool_name}), the parameter is bound to what the
 * subclass passes in {@code super().__init__(...)} (or {@code Base.__init__(self, ...)}).
 */
final class PySelfAttributes {

    private final PyResolver resolver;

    PySelfAttributes(PyResolver resolver) {
        this.resolver = resolver;
    }

    Optional<PyDef> resolve(PyDef concrete, String attribute, int depth) {
        List<PyDef> classes = new ArrayList<>();
        classes.add(concrete);
        for (int i = 0; i < classes.size() && i < 8; i++) {
            for (PyDef base : resolver.bases(classes.get(i), depth + 1)) {
                if (classes.stream().noneMatch(c -> c.key().equals(base.key()))) {
                    classes.add(base);
                }
            }
        }
        for (PyDef cls : classes) {
            for (TSNode method : methods(cls)) {
                TSNode value = assigned(cls.file(), method.getChildByFieldName("body"), attribute, 0);
                if (value == null) {
                    continue;
                }
                TSNode node = PyAst.unwrap(value);
                List<String> params = new ArrayList<>();
                PyWrappers.parameters(cls.file(), method, params, new LinkedHashMap<>());
                boolean isParameter = PyAst.is(node, "identifier") && params.contains(cls.file().text(node));
                if (!isParameter) {
                    return Optional.of(new PyDef(cls.file(), value, PyDef.Kind.VALUE));
                }
                boolean isInit = PyAst.field(method, "name").map(n -> cls.file().text(n).equals("__init__")).orElse(false);
                if (isInit && !cls.key().equals(concrete.key())) {
                    return superArgument(concrete, params, cls.file().text(node));
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static List<TSNode> methods(PyDef cls) {
        List<TSNode> methods = new ArrayList<>();
        for (TSNode statement : PyAst.named(cls.node().getChildByFieldName("body"))) {
            PyAst.functionOf(statement).ifPresent(methods::add);
        }
        return methods;
    }

    /** The value of the first {@code self.<attribute> = value} in a method body (not in nested defs or classes). */
    private static TSNode assigned(ParsedFile file, TSNode container, String attribute, int nesting) {
        if (!PyAst.present(container) || nesting > 6) {
            return null;
        }
        for (TSNode statement : PyAst.named(container)) {
            TSNode assignment = PyAst.is(statement, "expression_statement") && statement.getNamedChildCount() == 1
                    ? statement.getNamedChild(0) : null;
            if (PyAst.is(assignment, "assignment")) {
                TSNode left = assignment.getChildByFieldName("left");
                if (PyAst.is(left, "attribute") && PyAst.is(left.getChildByFieldName("object"), "identifier")
                        && file.text(left.getChildByFieldName("object")).equals("self")
                        && PyAst.field(left, "attribute").map(file::text).orElse("").equals(attribute)) {
                    return assignment.getChildByFieldName("right");
                }
            } else if (!statement.getType().endsWith("definition") && !statement.getType().equals("expression_statement")) {
                TSNode inner = assigned(file, statement, attribute, nesting + 1);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    /** What the concrete class passes for a base __init__ parameter in super().__init__(...) / Base.__init__(self, ...). */
    private Optional<PyDef> superArgument(PyDef concrete, List<String> params, String param) {
        ParsedFile file = concrete.file();
        for (TSNode method : methods(concrete)) {
            for (TSNode call : calls(method.getChildByFieldName("body"), new ArrayList<>(), 0)) {
                TSNode function = call.getChildByFieldName("function");
                if (!PyAst.is(function, "attribute") || !PyAst.lastName(file, function).equals("__init__")) {
                    continue;
                }
                TSNode owner = function.getChildByFieldName("object");
                boolean viaSuper = PyAst.is(owner, "call") && file.text(owner).startsWith("super(");
                List<TSNode> args = new ArrayList<>(PyAst.positional(call.getChildByFieldName("arguments")));
                if (!viaSuper && !args.isEmpty()) {
                    args.remove(0);
                }
                List<String> named = params.isEmpty() ? params : params.subList(1, params.size());
                Map<String, TSNode> keywords = PyAst.keywords(file, call.getChildByFieldName("arguments"));
                int index = named.indexOf(param);
                TSNode argument = keywords.containsKey(param) ? keywords.get(param)
                        : index >= 0 && index < args.size() ? args.get(index) : null;
                if (argument != null) {
                    return Optional.of(new PyDef(file, argument, PyDef.Kind.VALUE));
                }
            }
        }
        return Optional.empty();
    }

    private static List<TSNode> calls(TSNode node, List<TSNode> found, int depth) {
        if (!PyAst.present(node) || depth > 12 || PyAst.is(node, "function_definition")) {
            return found;
        }
        if (PyAst.is(node, "call")) {
            found.add(node);
        }
        for (TSNode child : PyAst.named(node)) {
            calls(child, found, depth + 1);
        }
        return found;
    }
}

package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * The values loop variables take at a registration inside {@code for} loops over things the source spells out:
 * list/tuple/dict literals (or constants holding them), {@code .items()}/{@code .keys()}/{@code .values()},
 * a module's {@code __all__}; targets may unpack tuples. Each environment is one combination of values;
 * {@link #resolve} evaluates a name, attribute or {@code getattr(module, name)} in one of them.
 */
final class PyLoops {

    private static final int MAX_ENVIRONMENTS = 500;

    /**
     * One combination of loop values: variable name to the expression it holds (or to a number, for a range),
     * and the outermost loop or comprehension, where the names hold.
     */
    record Env(Map<String, PyDef> values, Map<String, String> numbers, PyDef region) {
    }

    /** One value a loop runs over: an expression of the source, or a number of a {@code range(...)}. */
    private record Element(PyDef def, String number) {
    }

    private static final int MAX_RANGE = 200;

    private final PyResolver resolver;
    private final PyText text;

    PyLoops(PyResolver resolver, PyText text) {
        this.resolver = resolver;
        this.text = text;
    }

    List<Env> environments(ParsedFile file, TSNode site) {
        List<TSNode> loops = new ArrayList<>();
        TSNode region = null;
        for (TSNode n = site.getParent(); PyAst.present(n) && !PyAst.is(n, "function_definition"); n = n.getParent()) {
            if (PyAst.is(n, "for_statement")) {
                loops.add(0, n);
                region = n;
            } else if (n.getType().endsWith("comprehension") || n.getType().equals("generator_expression")) {
                List<TSNode> clauses = PyAst.named(n).stream().filter(c -> c.getType().equals("for_in_clause")).toList();
                if (clauses.stream().noneMatch(c -> site.getStartByte() >= c.getStartByte() && site.getEndByte() <= c.getEndByte())) {
                    loops.addAll(0, clauses);
                    region = n;
                }
            }
        }
        PyDef scope = region == null ? null : new PyDef(file, region, PyDef.Kind.VALUE);
        List<Env> envs = new ArrayList<>();
        envs.add(new Env(Map.of(), Map.of(), scope));
        for (TSNode loop : loops) {
            List<Env> next = new ArrayList<>();
            for (Env env : envs) {
                for (Element element : elements(file, loop.getChildByFieldName("right"), env)) {
                    Map<String, PyDef> values = new HashMap<>(env.values());
                    Map<String, String> numbers = new HashMap<>(env.numbers());
                    TSNode target = PyAst.unwrap(loop.getChildByFieldName("left"));
                    if (element.number() != null && PyAst.is(target, "identifier")) {
                        numbers.put(file.text(target), element.number());
                    } else if (element.def() != null) {
                        bind(file, target, element.def(), values);
                    }
                    if (next.size() < MAX_ENVIRONMENTS) {
                        next.add(new Env(values, numbers, scope));
                    }
                }
            }
            envs = next;
        }
        return envs;
    }

    /** A text resolver that knows the environment's string values inside its loops. */
    PyText textIn(Env env) {
        if (env.values().isEmpty() && env.numbers().isEmpty()) {
            return text;
        }
        Map<String, PyValue> strings = new HashMap<>();
        env.numbers().forEach((name, number) -> strings.put(name, PyValue.of(number)));
        env.values().forEach((name, def) -> strings.put(name, def.kind() == PyDef.Kind.VALUE
                ? text.of(def.file(), def.node()) : null));
        return new PyText(resolver, strings, env.values(), env.region());
    }

    /** What an expression denotes in an environment: bound names, attributes of bound modules, getattr(...). */
    Optional<PyDef> resolve(ParsedFile file, TSNode expression, Env env) {
        TSNode node = PyAst.unwrap(expression);
        if (PyAst.is(node, "identifier") && env.values().containsKey(file.text(node))) {
            PyDef bound = env.values().get(file.text(node));
            return bound.kind() == PyDef.Kind.VALUE ? resolver.definition(bound.file(), bound.node(), 1) : Optional.of(bound);
        }
        if (PyAst.is(node, "attribute") && PyAst.is(node.getChildByFieldName("object"), "identifier")
                && env.values().containsKey(file.text(node.getChildByFieldName("object")))) {
            String attribute = PyAst.field(node, "attribute").map(file::text).orElse("");
            return resolve(file, node.getChildByFieldName("object"), env).flatMap(d -> resolver.member(d, attribute, 1));
        }
        if (PyAst.is(node, "subscript") && PyAst.present(node.getChildByFieldName("subscript"))) {
            PyValue key = textIn(env).of(file, node.getChildByFieldName("subscript"));
            Optional<PyDef> container = resolve(file, node.getChildByFieldName("value"), env);
            if (key == null || key.partial() || container.isEmpty()) {
                return Optional.empty();
            }
            return PyResolver.item(container.get(), key.text()).flatMap(item -> PyAst.is(PyAst.unwrap(item.node()), "identifier")
                    || PyAst.is(PyAst.unwrap(item.node()), "attribute") ? resolver.definition(item.file(), item.node(), 1) : Optional.of(item));
        }
        if (PyAst.is(node, "call") && PyAst.lastName(file, node.getChildByFieldName("function")).equals("getattr")) {
            List<TSNode> args = PyAst.positional(node.getChildByFieldName("arguments"));
            if (args.size() >= 2) {
                PyValue name = textIn(env).of(file, args.get(1));
                Optional<PyDef> owner = resolve(file, args.get(0), env);
                if (name != null && !name.partial() && owner.isPresent()) {
                    return resolver.member(owner.get(), name.text(), 1);
                }
            }
            return Optional.empty();
        }
        return resolver.definition(file, node, 0);
    }

    private List<Element> elements(ParsedFile file, TSNode iterable, Env env) {
        TSNode node = PyAst.unwrap(iterable);
        List<Element> elements = new ArrayList<>();
        if (PyAst.is(node, "call") && PyAst.lastName(file, node.getChildByFieldName("function")).equals("range")) {
            List<Integer> bounds = new ArrayList<>();
            for (TSNode argument : PyAst.positional(node.getChildByFieldName("arguments"))) {
                if (PyAst.is(argument, "integer") && file.text(argument).matches("-?\\d{1,6}")) {
                    bounds.add(Integer.parseInt(file.text(argument)));
                }
            }
            int start = bounds.size() > 1 ? bounds.get(0) : 0;
            int stop = bounds.size() == 1 ? bounds.get(0) : bounds.size() > 1 ? bounds.get(1) : start;
            int step = bounds.size() == 3 && bounds.get(2) != 0 ? bounds.get(2) : 1;
            if (bounds.size() == PyAst.positional(node.getChildByFieldName("arguments")).size()) {
                for (int i = start; step > 0 ? i < stop : i > stop; i += step) {
                    if (elements.size() >= MAX_RANGE) {
                        break;
                    }
                    elements.add(new Element(null, String.valueOf(i)));
                }
            }
            return elements;
        }
        String method = "";
        if (PyAst.is(node, "call") && PyAst.is(node.getChildByFieldName("function"), "attribute")
                && PyAst.positional(node.getChildByFieldName("arguments")).isEmpty()) {
            method = PyAst.lastName(file, node.getChildByFieldName("function"));
            node = node.getChildByFieldName("function").getChildByFieldName("object");
        }
        Optional<PyDef> collection = resolve(file, node, env).filter(d -> d.kind() == PyDef.Kind.VALUE);
        if (collection.isEmpty()) {
            return elements;
        }
        TSNode value = PyAst.unwrap(collection.get().node());
        ParsedFile home = collection.get().file();
        for (TSNode item : PyAst.named(value)) {
            if (PyAst.is(value, "dictionary") && PyAst.is(item, "pair")) {
                TSNode picked = switch (method) {
                    case "items" -> item;
                    case "values" -> item.getChildByFieldName("value");
                    default -> item.getChildByFieldName("key");
                };
                elements.add(new Element(new PyDef(home, picked, PyDef.Kind.VALUE), null));
            } else if (PyAst.is(value, "list") || PyAst.is(value, "tuple") || PyAst.is(value, "set")) {
                elements.add(new Element(new PyDef(home, item, PyDef.Kind.VALUE), null));
            }
        }
        return elements;
    }

    private void bind(ParsedFile file, TSNode target, PyDef element, Map<String, PyDef> values) {
        TSNode node = PyAst.unwrap(target);
        if (PyAst.is(node, "identifier")) {
            values.put(file.text(node), element);
            return;
        }
        if (!PyAst.is(node, "pattern_list") && !PyAst.is(node, "tuple_pattern") && !PyAst.is(node, "list_pattern")) {
            return;
        }
        TSNode value = PyAst.unwrap(element.node());
        List<TSNode> parts = PyAst.is(value, "pair") ? List.of(value.getChildByFieldName("key"), value.getChildByFieldName("value"))
                : PyAst.is(value, "tuple") || PyAst.is(value, "list") ? PyAst.named(value) : List.of();
        List<TSNode> names = PyAst.named(node);
        for (int i = 0; i < names.size() && names.size() == parts.size(); i++) {
            bind(file, names.get(i), new PyDef(element.file(), parts.get(i), PyDef.Kind.VALUE), values);
        }
    }
}

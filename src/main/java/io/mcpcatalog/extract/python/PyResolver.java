package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * What an expression refers to: names looked up in the enclosing function scopes, then the module and its
 * imports; attributes through modules, classes (enum members, methods), {@code self}, instances and {@code .value}.
 */
final class PyResolver {

    static final int MAX_DEPTH = 12;

    private final PyModules modules;

    PyResolver(PyModules modules) {
        this.modules = modules;
    }

    PyModules modules() {
        return modules;
    }

    /** The definition an expression denotes; a literal or other expression denotes itself (VALUE). */
    Optional<PyDef> definition(ParsedFile file, TSNode expression, int depth) {
        TSNode node = PyAst.unwrap(expression);
        if (!PyAst.present(node) || depth > MAX_DEPTH) {
            return Optional.empty();
        }
        switch (node.getType()) {
            case "identifier" -> {
                return name(file, node, file.text(node), depth);
            }
            case "attribute" -> {
                return attribute(file, node, depth);
            }
            default -> {
                return Optional.of(new PyDef(file, node, PyDef.Kind.VALUE));
            }
        }
    }

    private Optional<PyDef> name(ParsedFile file, TSNode use, String name, int depth) {
        Optional<TSNode> local = PyScopes.local(file, use, name);
        Optional<PyDef> found = local.isPresent() ? local.map(n -> PyDef.of(file, n)) : modules.lookup(file, name);
        return found.flatMap(def -> follow(def, depth));
    }

    /** Follows a value that is itself a name or attribute ({@code X = Y}) to what that denotes. */
    private Optional<PyDef> follow(PyDef def, int depth) {
        if (def.kind() == PyDef.Kind.VALUE) {
            String type = PyAst.unwrap(def.node()).getType();
            if (type.equals("identifier") || type.equals("attribute")) {
                return definition(def.file(), def.node(), depth + 1);
            }
        }
        return Optional.of(def);
    }

    private Optional<PyDef> attribute(ParsedFile file, TSNode node, int depth) {
        TSNode object = node.getChildByFieldName("object");
        String attribute = PyAst.field(node, "attribute").map(file::text).orElse("");
        if (PyAst.is(object, "identifier") && (file.text(object).equals("self") || file.text(object).equals("cls"))) {
            Optional<TSNode> cls = PyAst.enclosing(node, "class_definition");
            if (cls.isEmpty()) {
                return Optional.empty();
            }
            PyDef owner = new PyDef(file, cls.get(), PyDef.Kind.CLASS);
            Optional<PyDef> member = member(owner, attribute, depth);
            return member.isPresent() ? member
                    : new PySelfAttributes(this).resolve(owner, attribute, depth).flatMap(def -> follow(def, depth));
        }
        Optional<PyDef> owner = definition(file, object, depth + 1);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        PyDef container = owner.get();
        if (attribute.equals("value") && container.kind() == PyDef.Kind.VALUE && isClassMember(container)) {
            return owner;
        }
        return member(container, attribute, depth);
    }

    private static boolean isClassMember(PyDef def) {
        return PyAst.enclosing(def.node(), "class_definition").isPresent();
    }

    /** A member of a module, a class (own body, then base classes), or an instance created by calling a class. */
    Optional<PyDef> member(PyDef container, String name, int depth) {
        if (depth > MAX_DEPTH) {
            return Optional.empty();
        }
        switch (container.kind()) {
            case MODULE -> {
                return modules.member(container, name).flatMap(def -> follow(def, depth));
            }
            case CLASS -> {
                Optional<TSNode> own = PyScopes.classMember(container.file(), container.node(), name);
                if (own.isPresent()) {
                    return Optional.of(PyDef.of(container.file(), own.get()));
                }
                for (PyDef base : bases(container, depth)) {
                    Optional<PyDef> inherited = member(base, name, depth + 1);
                    if (inherited.isPresent()) {
                        return inherited;
                    }
                }
                return Optional.empty();
            }
            case VALUE -> {
                TSNode value = PyAst.unwrap(container.node());
                if (PyAst.is(value, "call")) {
                    return definition(container.file(), value.getChildByFieldName("function"), depth + 1)
                            .filter(def -> def.kind() == PyDef.Kind.CLASS)
                            .flatMap(cls -> member(cls, name, depth + 1));
                }
                return Optional.empty();
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    /** {@code container[key]} of a dict literal (string key) or a list/tuple literal (integer index). */
    static Optional<PyDef> item(PyDef container, String key) {
        TSNode value = PyAst.unwrap(container.node());
        ParsedFile file = container.file();
        if (PyAst.is(value, "dictionary")) {
            for (TSNode pair : PyAst.named(value)) {
                TSNode k = PyAst.unwrap(pair.getChildByFieldName("key"));
                if (PyAst.is(pair, "pair") && PyAst.is(k, "string")
                        && PyStrings.literal(file, k, e -> null).text().equals(key)) {
                    return Optional.of(new PyDef(file, pair.getChildByFieldName("value"), PyDef.Kind.VALUE));
                }
            }
        } else if ((PyAst.is(value, "list") || PyAst.is(value, "tuple")) && key.matches("-?\\d{1,6}")) {
            java.util.List<TSNode> items = PyAst.named(value);
            int index = Integer.parseInt(key) < 0 ? items.size() + Integer.parseInt(key) : Integer.parseInt(key);
            if (index >= 0 && index < items.size()) {
                return Optional.of(new PyDef(file, items.get(index), PyDef.Kind.VALUE));
            }
        }
        return Optional.empty();
    }

    /** The base classes of a class that are defined in the scanned tree. */
    java.util.List<PyDef> bases(PyDef cls, int depth) {
        java.util.List<PyDef> bases = new java.util.ArrayList<>();
        TSNode superclasses = cls.node().getChildByFieldName("superclasses");
        for (TSNode base : PyAst.named(superclasses)) {
            if (PyAst.is(base, "identifier") || PyAst.is(base, "attribute")) {
                definition(cls.file(), base, depth + 1).filter(d -> d.kind() == PyDef.Kind.CLASS)
                        .filter(d -> !PyAst.same(d.node(), cls.node())).ifPresent(bases::add);
            }
        }
        return bases;
    }

    /** The names a class lists as bases, as written (last dotted segment). */
    static java.util.List<String> baseNames(PyDef cls) {
        java.util.List<String> names = new java.util.ArrayList<>();
        for (TSNode base : PyAst.named(cls.node().getChildByFieldName("superclasses"))) {
            TSNode head = PyAst.is(base, "subscript") ? base.getChildByFieldName("value") : base;
            if (PyAst.is(head, "identifier") || PyAst.is(head, "attribute")) {
                names.add(PyAst.lastName(cls.file(), head));
            }
        }
        return names;
    }
}

package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.treesitter.TSNode;

/**
 * The module-level names of one Python file: definitions (functions, classes, assigned values) and imports.
 * Statements nested in top-level if/try/with blocks count too, unless a top-level statement names the same.
 */
final class PyModule {

    /** One imported name: {@code from <module> import <name>} (level = leading dots), or a whole module when name is null. */
    record Import(String module, int level, String name) {
    }

    private static final Map<ParsedFile, PyModule> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

    private final Map<String, TSNode> definitions = new HashMap<>();
    private final Map<String, Import> imports = new HashMap<>();
    private final List<Import> wildcards = new ArrayList<>();

    private PyModule(ParsedFile file) {
        collect(file, file.root(), true, 0);
    }

    static PyModule of(ParsedFile file) {
        return CACHE.computeIfAbsent(file, PyModule::new);
    }

    TSNode definition(String name) {
        return definitions.get(name);
    }

    Import imported(String name) {
        return imports.get(name);
    }

    List<Import> wildcards() {
        return wildcards;
    }

    private void collect(ParsedFile file, TSNode block, boolean top, int depth) {
        for (TSNode statement : PyAst.named(block)) {
            switch (statement.getType()) {
                case "function_definition", "class_definition" -> defineWithImports(file, statement, top);
                case "decorated_definition" -> PyAst.field(statement, "definition")
                        .ifPresent(d -> defineWithImports(file, d, top));
                case "expression_statement" -> assignment(file, statement, top);
                case "type_alias_statement" -> {
                    TSNode name = PyAst.unwrap(statement.getChildByFieldName("left"));
                    TSNode value = statement.getChildByFieldName("right");
                    if (PyAst.is(name, "identifier") && PyAst.present(value)) {
                        put(file.text(name), value, top);
                    }
                }
                case "import_statement" -> importModules(file, statement, false);
                case "import_from_statement" -> importNames(file, statement, false);
                case "if_statement", "try_statement", "with_statement" -> nested(file, statement, depth);
                default -> {
                }
            }
        }
    }

    private void nested(ParsedFile file, TSNode compound, int depth) {
        if (depth > 4) {
            return;
        }
        for (TSNode child : PyAst.named(compound)) {
            if (child.getType().equals("block")) {
                collect(file, child, false, depth + 1);
            } else if (child.getType().endsWith("_clause")) {
                nested(file, child, depth + 1);
            }
        }
    }

    private void defineWithImports(ParsedFile file, TSNode definition, boolean top) {
        define(file, definition, definition, top);
        localImports(file, definition, 0);
    }

    /**
     * Imports inside a function's body (a registration function that imports its descriptions where it uses them):
     * known to the whole file, unless the module itself imports the same name.
     */
    private void localImports(ParsedFile file, TSNode node, int depth) {
        if (depth > 4) {
            return;
        }
        for (TSNode child : PyAst.named(node)) {
            switch (child.getType()) {
                case "import_statement" -> importModules(file, child, true);
                case "import_from_statement" -> importNames(file, child, true);
                case "block", "if_statement", "try_statement", "with_statement", "else_clause", "elif_clause",
                        "except_clause", "finally_clause" -> localImports(file, child, depth + 1);
                default -> {
                }
            }
        }
    }

    private void define(ParsedFile file, TSNode named, TSNode definition, boolean top) {
        PyAst.field(named, "name").ifPresent(name -> put(file.text(name), definition, top));
    }

    private void put(String name, TSNode node, boolean top) {
        bind(definitions, name, node, top);
    }

    /** Binds a name, replacing an earlier binding only when {@code replaces}: nested or local bindings do not. */
    private static <V> void bind(Map<String, V> names, String name, V value, boolean replaces) {
        if (replaces) {
            names.put(name, value);
        } else {
            names.putIfAbsent(name, value);
        }
    }

    private void assignment(ParsedFile file, TSNode statement, boolean top) {
        if (statement.getNamedChildCount() != 1 || !PyAst.is(statement.getNamedChild(0), "assignment")) {
            return;
        }
        TSNode assignment = statement.getNamedChild(0);
        TSNode left = assignment.getChildByFieldName("left");
        TSNode right = assignment.getChildByFieldName("right");
        if (!PyAst.present(right)) {
            return;
        }
        if (PyAst.is(left, "identifier")) {
            put(file.text(left), right, top);
        } else if ((PyAst.is(left, "pattern_list") || PyAst.is(left, "tuple_pattern"))
                && (PyAst.is(right, "expression_list") || PyAst.is(right, "tuple"))) {
            List<TSNode> names = PyAst.named(left);
            List<TSNode> values = PyAst.named(right);
            for (int i = 0; i < names.size() && names.size() == values.size(); i++) {
                if (PyAst.is(names.get(i), "identifier")) {
                    put(file.text(names.get(i)), values.get(i), top);
                }
            }
        }
    }

    private void addImport(String name, Import imported, boolean fallback) {
        bind(imports, name, imported, !fallback);
    }

    private void importModules(ParsedFile file, TSNode statement, boolean fallback) {
        for (TSNode name : PyAst.named(statement)) {
            if (PyAst.is(name, "dotted_name")) {
                String dotted = file.text(name);
                String first = dotted.contains(".") ? dotted.substring(0, dotted.indexOf('.')) : dotted;
                imports.putIfAbsent(first, new Import(first, 0, null));
            } else if (PyAst.is(name, "aliased_import")) {
                PyAst.field(name, "alias").ifPresent(alias -> addImport(file.text(alias),
                        new Import(PyAst.field(name, "name").map(file::text).orElse(""), 0, null), fallback));
            }
        }
    }

    private void importNames(ParsedFile file, TSNode statement, boolean fallback) {
        TSNode module = statement.getChildByFieldName("module_name");
        if (!PyAst.present(module)) {
            return;
        }
        int level = 0;
        String dotted = file.text(module);
        if (PyAst.is(module, "relative_import")) {
            while (level < dotted.length() && dotted.charAt(level) == '.') {
                level++;
            }
            dotted = dotted.substring(level);
        }
        final String from = dotted;
        final int dots = level;
        for (int i = 0; i < statement.getChildCount(); i++) {
            TSNode child = statement.getChild(i);
            if (PyAst.is(child, "wildcard_import")) {
                wildcards.add(new Import(from, dots, null));
            }
            if (!"name".equals(statement.getFieldNameForChild(i))) {
                continue;
            }
            if (PyAst.is(child, "dotted_name")) {
                addImport(file.text(child), new Import(from, dots, file.text(child)), fallback);
            } else if (PyAst.is(child, "aliased_import")) {
                String original = PyAst.field(child, "name").map(file::text).orElse("");
                PyAst.field(child, "alias").ifPresent(alias ->
                        addImport(file.text(alias), new Import(from, dots, original), fallback));
            }
        }
    }
}

package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.PatternQuery;
import io.mcpcatalog.extract.QueryMatch;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Helpers of the tree that register a tool on the caller's behalf, e.g.
 * {@code def audited(mcp, name, **kw): def deco(fn): ...; mcp.tool(name=name, **kw)(wrapper); return deco} or
 * {@code def register(mcp, fn, name): mcp.add_tool(fn, name=name)}: where the registered function comes from
 * (a parameter, or the function the returned decorator receives) and which registration options come from parameters.
 */
final class PyWrappers {

    /** How a wrapper obtains the function it registers. */
    enum Kind { PARAMETER, DECORATOR }

    /**
     * A registration helper: its parameters in call order ({@code self} left out for methods), its ** parameter,
     * the registration's options as written inside it, the parameter holding the function (PARAMETER kind).
     */
    record Wrapper(PyDef function, List<String> params, Map<String, TSNode> defaults, String kwargs,
                   Map<String, TSNode> options, String spread, Kind kind, String targetParam) {
    }

    private static final List<String> REGISTRATIONS = List.of(FastMcpToolCallExtractor.PATTERN, FastMcpAddToolExtractor.PATTERN);

    private final PyModules modules;

    PyWrappers(PyModules modules) {
        this.modules = modules;
    }

    /** Names of functions of the tree that contain a tool registration (cheap pre-filter for call sites). */
    Set<String> candidateNames() {
        return modules.memo("py-wrapper-names", () -> {
            Set<String> names = new HashSet<>();
            for (String path : modules.index().paths()) {
                try {
                    modules.index().parsed(path).filter(f -> f.language() == Language.PYTHON).ifPresent(file -> {
                        for (String pattern : REGISTRATIONS) {
                            for (QueryMatch match : PatternQuery.of(Language.PYTHON, pattern).matches(file)) {
                                for (TSNode n = match.first("call").orElseThrow(); PyAst.present(n); n = n.getParent()) {
                                    if (PyAst.is(n, "function_definition")) {
                                        PyAst.field(n, "name").ifPresent(name -> names.add(file.text(name)));
                                    }
                                }
                            }
                        }
                    });
                } catch (RuntimeException e) {
                    // a file that cannot be parsed holds no wrapper
                }
            }
            return names;
        });
    }

    /** The wrapper a function is, if it registers a tool built from its parameters. */
    Optional<Wrapper> wrapper(PyDef function) {
        return modules.memo("py-wrapper:" + function.key(), () -> analyse(function));
    }

    private Optional<Wrapper> analyse(PyDef function) {
        ParsedFile file = function.file();
        List<String> params = new ArrayList<>();
        Map<String, TSNode> defaults = new LinkedHashMap<>();
        String kwargs = parameters(file, function.node(), params, defaults);
        if (PyAst.isMethod(function.node()) && !params.isEmpty() && (params.get(0).equals("self") || params.get(0).equals("cls"))) {
            params.remove(0);
        }
        for (String pattern : REGISTRATIONS) {
            for (QueryMatch match : PatternQuery.of(Language.PYTHON, pattern).matches(file, function.node())) {
                TSNode arguments = match.first("arguments").orElseThrow();
                TSNode target = PyAst.unwrap(match.first("target").orElseThrow());
                if (!PyAst.is(target, "identifier")) {
                    continue;
                }
                Optional<Wrapper> found = classify(function, file, target, 0).map(kind -> {
                    Map<String, TSNode> options = new LinkedHashMap<>(PyAst.keywords(file, arguments));
                    List<TSNode> positional = PyAst.positional(arguments);
                    int nameIndex = pattern.equals(FastMcpAddToolExtractor.PATTERN) || PyAst.same(arguments.getParent(),
                            match.first("call").orElseThrow()) ? 1 : 0;
                    if (nameIndex < positional.size()) {
                        options.putIfAbsent("name", positional.get(nameIndex));
                    }
                    return new Wrapper(function, params, defaults, kwargs, options, spread(file, arguments),
                            kind, kind == Kind.PARAMETER ? file.text(resolveWrapped(file, target)) : null);
                });
                if (found.isPresent() && (found.get().kind() == Kind.DECORATOR || params.contains(found.get().targetParam()))) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** PARAMETER when the registered name is the helper's parameter, DECORATOR when it is what a returned inner def receives. */
    private Optional<Kind> classify(PyDef wrapper, ParsedFile file, TSNode target, int depth) {
        if (depth > 3) {
            return Optional.empty();
        }
        TSNode name = resolveWrapped(file, target);
        String text = file.text(name);
        TSNode scope = PyAst.enclosing(name, "function_definition").orElse(null);
        while (scope != null) {
            List<String> names = new ArrayList<>();
            parameters(file, scope, names, new LinkedHashMap<>());
            if (names.contains(text)) {
                if (PyAst.same(scope, wrapper.node())) {
                    return Optional.of(Kind.PARAMETER);
                }
                return returnsFunction(file, wrapper.node(), scope) ? Optional.of(Kind.DECORATOR) : Optional.empty();
            }
            if (PyAst.same(scope, wrapper.node())) {
                break;
            }
            scope = PyAst.enclosing(scope, "function_definition").orElse(null);
        }
        return Optional.empty();
    }

    /** For a name bound to an inner def decorated with {@code @wraps(f)}, the name {@code f}; else the name itself. */
    private static TSNode resolveWrapped(ParsedFile file, TSNode name) {
        Optional<TSNode> local = PyScopes.local(file, name, file.text(name));
        if (local.isPresent() && PyAst.is(local.get(), "function_definition") && PyAst.is(local.get().getParent(), "decorated_definition")) {
            for (TSNode decorator : PyAst.named(local.get().getParent())) {
                TSNode call = decorator.getType().equals("decorator") && decorator.getNamedChildCount() == 1 ? decorator.getNamedChild(0) : null;
                if (PyAst.is(call, "call") && PyAst.lastName(file, call.getChildByFieldName("function")).equals("wraps")) {
                    List<TSNode> args = PyAst.positional(call.getChildByFieldName("arguments"));
                    if (args.size() == 1 && PyAst.is(args.get(0), "identifier")) {
                        return args.get(0);
                    }
                }
            }
        }
        return name;
    }

    private static boolean returnsFunction(ParsedFile file, TSNode wrapper, TSNode inner) {
        String innerName = PyAst.field(inner, "name").map(file::text).orElse("");
        for (TSNode statement : PyAst.named(wrapper.getChildByFieldName("body"))) {
            if (PyAst.is(statement, "return_statement") && statement.getNamedChildCount() == 1
                    && file.text(statement.getNamedChild(0)).equals(innerName)) {
                return true;
            }
        }
        return false;
    }

    /** Fills the parameter names (and defaults) of a def; returns the name of its ** parameter, if any. */
    static String parameters(ParsedFile file, TSNode function, List<String> names, Map<String, TSNode> defaults) {
        String kwargs = null;
        for (TSNode parameter : PyAst.named(function.getChildByFieldName("parameters"))) {
            switch (parameter.getType()) {
                case "identifier" -> names.add(file.text(parameter));
                case "typed_parameter" -> {
                    TSNode first = parameter.getNamedChild(0);
                    if (PyAst.is(first, "identifier")) {
                        names.add(file.text(first));
                    } else if (PyAst.is(first, "dictionary_splat_pattern") && first.getNamedChildCount() == 1) {
                        kwargs = file.text(first.getNamedChild(0));
                    }
                }
                case "default_parameter", "typed_default_parameter" -> PyAst.field(parameter, "name").ifPresent(n -> {
                    names.add(file.text(n));
                    PyAst.field(parameter, "value").ifPresent(v -> defaults.put(file.text(n), v));
                });
                case "dictionary_splat_pattern" -> kwargs = parameter.getNamedChildCount() == 1 ? file.text(parameter.getNamedChild(0)) : null;
                default -> {
                }
            }
        }
        return kwargs;
    }

    private static String spread(ParsedFile file, TSNode arguments) {
        for (TSNode argument : PyAst.named(arguments)) {
            if (PyAst.is(argument, "dictionary_splat") && argument.getNamedChildCount() == 1
                    && PyAst.is(argument.getNamedChild(0), "identifier")) {
                return file.text(argument.getNamedChild(0));
            }
        }
        return null;
    }
}

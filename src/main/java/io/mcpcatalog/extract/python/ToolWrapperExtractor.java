package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.QueryMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * A tool registered through a helper of the repository that calls {@code mcp.tool(...)} or {@code mcp.add_tool(...)}
 * itself (see {@link PyWrappers}): the helper's parameters are bound to the call site's arguments to read the name,
 * description and annotations, and the function is the one handed over (argument, decorated def, curried call).
 */
public final class ToolWrapperExtractor extends PyPatternExtractor {

    public static final String PATTERN = "py-tool-wrapper";

    public ToolWrapperExtractor() {
        super(PATTERN);
    }

    @Override
    List<PyTools.Found> onMatch(ParsedFile file, QueryMatch match, PyTools tools) {
        TSNode callee = match.first("wrapper").orElseThrow();
        PyWrappers wrappers = new PyWrappers(tools.resolver.modules());
        if (!wrappers.candidateNames().contains(PyAst.lastName(file, callee))) {
            return List.of();
        }
        Optional<PyWrappers.Wrapper> found = tools.resolver.definition(file, callee, 0)
                .filter(d -> d.kind() == PyDef.Kind.FUNCTION).flatMap(wrappers::wrapper);
        if (found.isEmpty()) {
            return List.of();
        }
        PyWrappers.Wrapper wrapper = found.get();
        TSNode site = match.first("call").orElseThrow();
        TSNode arguments = match.first("arguments").orElse(null);
        Optional<TSNode> decorated = match.first("function");
        Optional<TSNode> curriedTarget = match.first("target");
        Map<String, PyDef> bound = bind(file, wrapper, arguments, decorated.isPresent() && arguments == null);
        List<PyFunctionRefs.Ref> refs = new ArrayList<>();
        if (wrapper.kind() == PyWrappers.Kind.DECORATOR && decorated.isPresent() && arguments != null) {
            refs.add(tools.direct(PyDef.of(file, decorated.get())));
        } else if (wrapper.kind() == PyWrappers.Kind.DECORATOR && curriedTarget.isPresent()) {
            refs.addAll(tools.functions(file, curriedTarget.get()));
        } else if (wrapper.kind() == PyWrappers.Kind.PARAMETER && decorated.isPresent() && arguments == null) {
            refs.add(tools.direct(PyDef.of(file, decorated.get())));
        } else if (wrapper.kind() == PyWrappers.Kind.PARAMETER && decorated.isEmpty() && curriedTarget.isEmpty()
                && !PyAst.is(site.getParent(), "decorator") && bound.containsKey(wrapper.targetParam())) {
            PyDef target = bound.get(wrapper.targetParam());
            refs.addAll(tools.functions(target.file(), target.node()));
        }
        Map<String, PyDef> options = options(wrapper, bound, file, arguments);
        List<PyTools.Found> result = new ArrayList<>();
        for (PyFunctionRefs.Ref ref : refs) {
            tools.functionTool(file, site, PATTERN, ref, options).ifPresent(result::add);
        }
        return result;
    }

    /** The helper's parameters bound to the call site's arguments (a bare decorator binds the first to the def). */
    private static Map<String, PyDef> bind(ParsedFile file, PyWrappers.Wrapper wrapper, TSNode arguments, boolean bare) {
        Map<String, PyDef> bound = new java.util.LinkedHashMap<>();
        List<TSNode> positional = PyAst.positional(arguments);
        for (int i = 0; i < positional.size() && i < wrapper.params().size(); i++) {
            bound.put(wrapper.params().get(i), new PyDef(file, positional.get(i), PyDef.Kind.VALUE));
        }
        PyAst.keywords(file, arguments).forEach((key, value) -> bound.put(key, new PyDef(file, value, PyDef.Kind.VALUE)));
        ParsedFile home = wrapper.function().file();
        wrapper.defaults().forEach((key, value) -> bound.putIfAbsent(key, new PyDef(home, value, PyDef.Kind.VALUE)));
        return bound;
    }

    /** The registration's options with the helper's parameters replaced by what the call site passes. */
    private static Map<String, PyDef> options(PyWrappers.Wrapper wrapper, Map<String, PyDef> bound, ParsedFile file, TSNode arguments) {
        ParsedFile home = wrapper.function().file();
        Map<String, PyDef> options = new java.util.LinkedHashMap<>();
        wrapper.options().forEach((key, value) -> {
            TSNode node = PyAst.unwrap(value);
            if (PyAst.is(node, "identifier") && wrapper.params().contains(home.text(node))) {
                PyDef argument = bound.get(home.text(node));
                if (argument != null) {
                    options.put(key, argument);
                }
            } else {
                options.put(key, new PyDef(home, value, PyDef.Kind.VALUE));
            }
        });
        if (wrapper.spread() != null && wrapper.spread().equals(wrapper.kwargs())) {
            PyAst.keywords(file, arguments).forEach((key, value) -> {
                if (!wrapper.params().contains(key)) {
                    options.putIfAbsent(key, new PyDef(file, value, PyDef.Kind.VALUE));
                }
            });
        }
        return options;
    }
}

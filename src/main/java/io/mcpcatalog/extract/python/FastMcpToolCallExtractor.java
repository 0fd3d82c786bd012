package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.QueryMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * The FastMCP tool decorator applied by a call instead of the {@code @} syntax: {@code mcp.tool(name=...)(fn)},
 * {@code self.mcp.tool()(self.method)}, or the function passed directly, {@code mcp.tool(fn, name=...)};
 * also inside a loop over a list of functions, and through decorators applied by hand,
 * {@code mcp.tool()(handled("x")(module.fn))}: functools.wraps hands the wrapped function's name and docstring on.
 */
public final class FastMcpToolCallExtractor extends PyPatternExtractor {

    public static final String PATTERN = "py-fastmcp-tool-call";

    public FastMcpToolCallExtractor() {
        super(PATTERN);
    }

    @Override
    List<PyTools.Found> onMatch(ParsedFile file, QueryMatch match, PyTools tools) {
        TSNode call = match.first("call").orElseThrow();
        TSNode arguments = match.first("arguments").orElseThrow();
        TSNode target = wrapped(match.first("target").orElseThrow());
        boolean direct = PyAst.same(arguments.getParent(), call);
        if (direct && (PyAst.is(call.getParent(), "decorator") || PyAst.is(call.getParent(), "call"))) {
            return List.of();
        }
        if (!PyReceivers.isMcpServer(file, match.first("receiver").orElseThrow(), tools.resolver)) {
            return List.of();
        }
        Map<String, PyDef> options = PyTools.options(file, arguments);
        List<TSNode> positional = PyAst.positional(arguments);
        PyTools.positionalName(options, file, positional, direct ? 1 : 0);
        List<PyTools.Found> found = new ArrayList<>();
        for (PyFunctionRefs.Ref ref : tools.functions(file, target)) {
            TSNode receiver = match.first("receiver").orElseThrow();
            tools.functionTool(file, call, PATTERN, ref, options).map(f -> tools.onServer(file, receiver, f)).ifPresent(found::add);
        }
        return found;
    }

    /** The function inside calls that take it alone, {@code handled("x")(fn)}; the target itself otherwise. */
    private static TSNode wrapped(TSNode target) {
        TSNode node = PyAst.unwrap(target);
        while (PyAst.is(node, "call")) {
            TSNode arguments = node.getChildByFieldName("arguments");
            List<TSNode> positional = PyAst.positional(arguments);
            if (positional.size() != 1 || PyAst.named(arguments).size() != 1) {
                break;
            }
            node = PyAst.unwrap(positional.get(0));
        }
        return node;
    }
}

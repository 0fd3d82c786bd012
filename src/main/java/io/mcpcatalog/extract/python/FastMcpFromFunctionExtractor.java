package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.QueryMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * A tool object built from a function, {@code Tool.from_function(fn, name=..., description=..., annotations=...)}
 * or {@code FunctionTool.from_function(...)}, typically handed to {@code mcp.add_tool(...)} or a tools list.
 */
public final class FastMcpFromFunctionExtractor extends PyPatternExtractor {

    public static final String PATTERN = "py-fastmcp-from-function";

    public FastMcpFromFunctionExtractor() {
        super(PATTERN);
    }

    @Override
    List<PyTools.Found> onMatch(ParsedFile file, QueryMatch match, PyTools tools) {
        TSNode call = match.first("call").orElseThrow();
        TSNode arguments = match.first("arguments").orElseThrow();
        Map<String, PyDef> options = PyTools.options(file, arguments);
        List<TSNode> positional = PyAst.positional(arguments);
        TSNode target = !positional.isEmpty() ? positional.get(0) : options.containsKey("fn") ? options.get("fn").node() : null;
        if (target == null) {
            return List.of();
        }
        PyTools.positionalName(options, file, positional, 1);
        List<PyTools.Found> found = new ArrayList<>();
        for (PyFunctionRefs.Ref ref : tools.functions(file, target)) {
            tools.functionTool(file, call, PATTERN, ref, options).ifPresent(found::add);
        }
        return found;
    }
}

package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.QueryMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * A function registered with {@code mcp.add_tool(fn, name=..., description=..., annotations=...)} (the function
 * resolved in the file or imported; also inside a loop over a list of functions). A {@code Tool} object handed to
 * add_tool is the from_function pattern's.
 */
public final class FastMcpAddToolExtractor extends PyPatternExtractor {

    public static final String PATTERN = "py-fastmcp-add-tool";

    public FastMcpAddToolExtractor() {
        super(PATTERN);
    }

    @Override
    List<PyTools.Found> onMatch(ParsedFile file, QueryMatch match, PyTools tools) {
        TSNode call = match.first("call").orElseThrow();
        TSNode arguments = match.first("arguments").orElseThrow();
        if (!PyReceivers.isMcpServer(file, match.first("receiver").orElseThrow(), tools.resolver)) {
            return List.of();
        }
        Map<String, PyDef> options = PyTools.options(file, arguments);
        List<TSNode> positional = PyAst.positional(arguments);
        PyTools.positionalName(options, file, positional, 1);
        List<PyTools.Found> found = new ArrayList<>();
        for (PyFunctionRefs.Ref ref : tools.functions(file, match.first("target").orElseThrow())) {
            TSNode receiver = match.first("receiver").orElseThrow();
            tools.functionTool(file, call, PATTERN, ref, options).map(f -> tools.onServer(file, receiver, f)).ifPresent(found::add);
        }
        return found;
    }
}

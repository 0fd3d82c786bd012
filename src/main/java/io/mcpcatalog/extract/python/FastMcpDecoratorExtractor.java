package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.QueryMatch;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * {@code @mcp.tool}, {@code @mcp.tool()}, {@code @server.tool(name=..., description=..., annotations=...)} or
 * {@code @app.tool("name")} on a function (any receiver but an agent framework's, see {@link PyReceivers}).
 */
public final class FastMcpDecoratorExtractor extends PyPatternExtractor {

    public static final String PATTERN = "py-fastmcp-decorator";

    public FastMcpDecoratorExtractor() {
        super(PATTERN);
    }

    @Override
    List<PyTools.Found> onMatch(ParsedFile file, QueryMatch match, PyTools tools) {
        TSNode receiver = match.first("receiver").orElseThrow();
        if (!PyReceivers.isMcpServer(file, receiver, tools.resolver)) {
            return List.of();
        }
        TSNode arguments = match.first("arguments").orElse(null);
        Map<String, PyDef> options = PyTools.options(file, arguments);
        List<TSNode> positional = PyAst.positional(arguments);
        TSNode function = match.first("function").orElseThrow();
        PyTools.positionalName(options, file, positional, 0);
        return tools.functionTool(file, match.first("decorator").orElseThrow(), PATTERN, tools.direct(PyDef.of(file, function)),
                options).map(found -> tools.onServer(file, receiver, found)).stream().toList();
    }
}

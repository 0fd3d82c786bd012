package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.QueryMatch;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * FastMCP's contrib mixin: {@code @mcp_tool(name=..., description=..., annotations=...)} on a method of an
 * {@code MCPMixin} subclass (registered on a server by {@code register_all}); the method's self is not an input.
 */
public final class FastMcpMixinExtractor extends PyPatternExtractor {

    public static final String PATTERN = "py-fastmcp-mixin-tool";

    public FastMcpMixinExtractor() {
        super(PATTERN);
    }

    @Override
    List<PyTools.Found> onMatch(ParsedFile file, QueryMatch match, PyTools tools) {
        TSNode arguments = match.first("arguments").orElse(null);
        Map<String, PyDef> options = PyTools.options(file, arguments);
        PyTools.positionalName(options, file, PyAst.positional(arguments), 0);
        TSNode function = match.first("function").orElseThrow();
        return tools.functionTool(file, match.first("decorator").orElseThrow(), PATTERN, tools.direct(PyDef.of(file, function)),
                options).stream().toList();
    }
}

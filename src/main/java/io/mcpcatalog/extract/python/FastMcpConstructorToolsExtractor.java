package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.QueryMatch;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * Functions listed in the server's constructor, {@code FastMCP("name", tools=[search, fetch])}: each becomes a
 * tool named after the function, described by its docstring (Tool objects in the list are the from_function pattern's).
 */
public final class FastMcpConstructorToolsExtractor extends PyPatternExtractor {

    public static final String PATTERN = "py-fastmcp-constructor-tools";

    public FastMcpConstructorToolsExtractor() {
        super(PATTERN);
    }

    @Override
    List<PyTools.Found> onMatch(ParsedFile file, QueryMatch match, PyTools tools) {
        TSNode site = match.first("call").orElseThrow();
        List<PyTools.Found> found = new ArrayList<>();
        for (TSNode element : PyAst.named(match.first("tools").orElseThrow())) {
            TSNode item = PyAst.unwrap(element);
            if (!PyAst.is(item, "identifier") && !PyAst.is(item, "attribute")) {
                continue;
            }
            for (PyFunctionRefs.Ref ref : tools.functions(file, item)) {
                tools.functionTool(file, site, PATTERN, ref, Map.of()).ifPresent(found::add);
            }
        }
        return found;
    }
}

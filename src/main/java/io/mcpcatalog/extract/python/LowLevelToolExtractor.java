package io.mcpcatalog.extract.python;

import com.fasterxml.jackson.databind.JsonNode;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.QueryMatch;
import io.mcpcatalog.extract.SourceLocation;
import io.mcpcatalog.extract.ToolAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.treesitter.TSNode;

/**
 * A low-level server's tool definition, {@code types.Tool(name=..., description=..., inputSchema=...)} ({@code input_schema} in SDK 2), as the
 * {@code @server.list_tools()} handler returns it; the schema a dict literal (or constant), or a model's
 * {@code model_json_schema()} / {@code schema()}.
 */
public final class LowLevelToolExtractor extends PyPatternExtractor {

    public static final String PATTERN = "py-lowlevel-tool";

    public LowLevelToolExtractor() {
        super(PATTERN);
    }

    @Override
    List<PyTools.Found> onMatch(ParsedFile file, QueryMatch match, PyTools tools) {
        TSNode call = match.first("call").orElseThrow();
        Map<String, TSNode> options = PyAst.keywords(file, match.first("arguments").orElseThrow());
        TSNode schemaNode = options.containsKey("inputSchema") ? options.get("inputSchema") : options.get("input_schema");
        JsonNode schema = tools.literals.json(file, schemaNode, 0);
        ToolAnnotations annotations = options.containsKey("annotations")
                ? tools.annotations.read(file, options.get("annotations")) : null;
        SourceLocation location = new SourceLocation(file.path(), file.line(call), PATTERN);
        PyLoops loops = new PyLoops(tools.resolver, tools.text);
        List<PyTools.Found> found = new ArrayList<>();
        for (PyLoops.Env env : loops.environments(file, call)) {
            PyText text = loops.textIn(env);
            PyValue name = options.containsKey("name") ? text.of(file, options.get("name")) : null;
            if (name == null || name.partial() || name.text().isBlank()) {
                continue;
            }
            PyValue description = PyValue.of("");
            if (options.containsKey("description") && !PyAst.is(PyAst.unwrap(options.get("description")), "none")) {
                description = text.of(file, options.get("description"));
                description = description == null ? new PyValue("", true) : description;
            }
            found.add(new PyTools.Found(PyTools.tool(name.text(), description,
                    schema != null && schema.isObject() ? schema : null, annotations, location), null, false));
        }
        return found;
    }
}

package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ParsedFile;
import java.util.Optional;
import java.util.regex.Pattern;
import org.treesitter.TSNode;

/**
 * Whether the object a {@code .tool} registration is called on can be an MCP server. Agent frameworks use the
 * same spelling for their own tools ({@code agent = Agent(...)}; {@code @agent.tool}); those are not MCP tools.
 */
final class PyReceivers {

    private static final Pattern AGENT = Pattern.compile("(^|\\.)\\w*Agent$");

    private PyReceivers() {
    }

    static boolean isMcpServer(ParsedFile file, TSNode receiver, PyResolver resolver) {
        TSNode node = PyAst.unwrap(receiver);
        if (!PyAst.is(node, "identifier")) {
            return true;
        }
        Optional<PyDef> def = resolver.definition(file, node, 0);
        return def.isEmpty() || !createdBy(def.get(), AGENT);
    }

    private static boolean createdBy(PyDef def, Pattern constructor) {
        TSNode value = PyAst.unwrap(def.node());
        if (def.kind() != PyDef.Kind.VALUE || !PyAst.is(value, "call")) {
            return false;
        }
        TSNode function = value.getChildByFieldName("function");
        return constructor.matcher(def.file().text(function)).find();
    }
}

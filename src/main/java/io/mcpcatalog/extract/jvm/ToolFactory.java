package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceLocation;
import io.mcpcatalog.extract.ToolAnnotations;
import io.mcpcatalog.extract.ToolDefinition;
import java.util.List;
import java.util.Optional;
import org.treesitter.TSNode;

/** Assembles extracted tools: a name that must be fully known, a description that may be partial. */
final class ToolFactory {

    private ToolFactory() {
    }

    static Optional<ExtractedTool> tool(JvmValue name, JvmValue description, ToolSchemas.Schema schema,
                                        ToolAnnotations annotations, ParsedFile file, TSNode at, String pattern) {
        Optional<String> toolName = JvmValue.fullText(name).map(String::strip).filter(n -> !n.isEmpty());
        if (toolName.isEmpty()) {
            return Optional.empty();
        }
        JvmValue.Text text = description == null ? JvmValue.text("")
                : JvmValue.asText(description).orElse(new JvmValue.Text("", !(description instanceof JvmValue.Null)));
        ToolDefinition definition = new ToolDefinition(toolName.get(), text.text(), schema.params(), schema.json(),
                annotations, new SourceLocation(file.path(), file.line(at), pattern));
        return Optional.of(new ExtractedTool(definition, text.partial(), List.of()));
    }
}

package io.mcpcatalog.extract.typescript;

import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.SourceLocation;
import io.mcpcatalog.extract.ToolAnnotations;
import io.mcpcatalog.extract.ToolDefinition;
import java.util.List;

/**
 * A tool one pattern found, with what alias detection needs: the handler expression's text (null when inline)
 * and the comments just before the registration.
 */
record Candidate(ExtractedTool tool, String handler, String comment) {

    String name() {
        return tool.name();
    }

    String description() {
        return tool.definition().description();
    }

    static Candidate of(String name, Str description, SchemaInfo schema, ToolAnnotations annotations, Ref at,
                        String pattern, String handler, String comment) {
        SchemaInfo input = schema == null ? new SchemaInfo(List.of(), "{}") : schema;
        ToolDefinition definition = new ToolDefinition(name, description == null ? "" : description.value(), input.params(),
                input.json(), annotations, new SourceLocation(at.file().path(), at.line(), pattern));
        return new Candidate(new ExtractedTool(definition, description != null && description.partial(), List.of()),
                handler, comment);
    }

    Candidate withAliases(List<String> aliases) {
        return new Candidate(new ExtractedTool(tool.definition(), tool.partialDescription(), aliases), handler, comment);
    }
}

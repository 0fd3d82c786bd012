package io.mcpcatalog.extract;

import java.util.List;

/**
 * A tool as a client sees it. {@code inputSchema} is the JSON Schema text (never null, "{}" when unknown);
 * {@code annotations} and {@code source} are null when not known.
 */
public record ToolDefinition(String name, String description, List<ToolParam> params, String inputSchema,
                             ToolAnnotations annotations, SourceLocation source) {

    public ToolDefinition {
        description = description == null ? "" : description;
        params = params == null ? List.of() : List.copyOf(params);
        inputSchema = inputSchema == null ? "{}" : inputSchema;
    }
}

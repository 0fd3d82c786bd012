package io.mcpcatalog.extract;

import java.util.List;

/**
 * A tool found in source. {@code partialDescription} is true when the description is built at run time and
 * only its static part could be read; {@code aliases} are other names the code registers for the same tool
 * (deprecated names kept for compatibility), which are not tools of their own.
 */
public record ExtractedTool(ToolDefinition definition, boolean partialDescription, List<String> aliases) {

    public ExtractedTool {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public static ExtractedTool of(ToolDefinition definition) {
        return new ExtractedTool(definition, false, List.of());
    }

    public String name() {
        return definition.name();
    }
}

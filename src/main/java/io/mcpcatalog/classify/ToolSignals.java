package io.mcpcatalog.classify;

import io.mcpcatalog.extract.ToolAnnotations;
import io.mcpcatalog.extract.ToolDefinition;
import io.mcpcatalog.extract.ToolParam;

import java.util.ArrayList;
import java.util.List;

/** The texts rules are matched against, prepared once per tool (see {@link Field} for their shapes). */
record ToolSignals(String toolName, SignalText name, SignalText description, List<Param> params,
                   SignalText annotations) {

    /** A parameter's name as declared (for quoting) and its words and type as rules see them. */
    record Param(String name, SignalText text) {
    }

    static ToolSignals of(ToolDefinition tool, ServerContext server) {
        List<Param> params = new ArrayList<>(tool.params().size());
        for (ToolParam param : tool.params()) {
            String words = NameWords.spaced(param.name());
            String text = param.type() == null ? words : words + " " + param.type();
            params.add(new Param(param.name(), SignalText.of(text)));
        }
        // Stripped, because rules anchor on the description's leading verb and many servers begin with a space.
        return new ToolSignals(tool.name(), SignalText.of(NameWords.of(tool.name(), server)),
                SignalText.of(tool.description().strip()), params, SignalText.of(annotationText(tool.annotations())));
    }

    /** Only the hints the author declared; an absent hint says nothing, whatever the spec's default. */
    private static String annotationText(ToolAnnotations annotations) {
        if (annotations == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        appendHint(text, "readOnlyHint", annotations.readOnlyHint());
        appendHint(text, "destructiveHint", annotations.destructiveHint());
        appendHint(text, "idempotentHint", annotations.idempotentHint());
        appendHint(text, "openWorldHint", annotations.openWorldHint());
        return text.toString();
    }

    private static void appendHint(StringBuilder text, String hint, Boolean value) {
        if (value != null) {
            text.append(text.length() == 0 ? "" : " ").append(hint).append('=').append(value);
        }
    }
}

package io.mcpcatalog.classify;

import io.mcpcatalog.extract.ToolAnnotations;
import io.mcpcatalog.extract.ToolDefinition;
import io.mcpcatalog.extract.ToolParam;

import java.util.ArrayList;
import java.util.List;

/** The texts rules are matched against, prepared once per tool (see {@link Field} for their shapes). */
record ToolSignals(String toolName, SignalText name, SignalText description, List<Param> params,
                   SignalText annotations, List<Param> values) {

    /** A parameter's name as declared (for quoting) and one of its texts as rules see it. */
    record Param(String name, SignalText text) {
    }

    static ToolSignals of(ToolDefinition tool, ServerContext server) {
        List<Param> params = new ArrayList<>(tool.params().size());
        List<Param> values = List.of();
        for (ToolParam param : tool.params()) {
            String words = NameWords.spaced(param.name());
            String text = param.type() == null ? words : words + " " + param.type();
            params.add(new Param(param.name(), SignalText.of(text)));
            if (!param.enumValues().isEmpty()) {
                values = values.isEmpty() ? new ArrayList<>(2) : values;
                values.add(new Param(param.name(), SignalText.of(valuesText(words, param.enumValues()))));
            }
        }
        // Stripped, because rules anchor on the description's leading verb and many servers begin with a space.
        return new ToolSignals(tool.name(), SignalText.of(NameWords.of(tool.name(), server)),
                SignalText.of(tool.description().strip()), params, SignalText.of(annotationText(tool.annotations())),
                values);
    }

    /** "action = list , create or update , delete": each value as words, so "DELETE" and "delete_file" read alike. */
    private static String valuesText(String paramWords, List<String> allowed) {
        StringBuilder text = new StringBuilder(paramWords).append(" =");
        for (int i = 0; i < allowed.size(); i++) {
            text.append(i == 0 ? " " : " , ").append(NameWords.spaced(allowed.get(i)));
        }
        return text.toString();
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

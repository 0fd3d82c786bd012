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

    /**
     * What one of a parameter's texts is made of (the enum values only for the values text): the same parameter on
     * another tool gives the same text.
     */
    private record ParamKey(String name, String type, List<String> enumValues) {
    }

    private static final BoundedMemo<ParamKey, SignalText> PARAM_TEXTS = new BoundedMemo<>(16_384);
    private static final BoundedMemo<ParamKey, SignalText> VALUES_TEXTS = new BoundedMemo<>(4_096);

    static ToolSignals of(ToolDefinition tool, ServerContext server) {
        List<Param> params = new ArrayList<>(tool.params().size());
        List<Param> values = List.of();
        for (ToolParam param : tool.params()) {
            params.add(new Param(param.name(),
                    PARAM_TEXTS.get(new ParamKey(param.name(), param.type(), List.of()), ToolSignals::paramText)));
            if (!param.enumValues().isEmpty()) {
                values = values.isEmpty() ? new ArrayList<>(2) : values;
                values.add(new Param(param.name(), VALUES_TEXTS.get(new ParamKey(param.name(), null,
                        param.enumValues()), ToolSignals::valuesText)));
            }
        }
        // Stripped, because rules anchor on the description's leading verb and many servers begin with a space.
        return new ToolSignals(tool.name(), SignalText.of(NameWords.of(tool.name(), server)),
                SignalText.of(tool.description().strip()), params, SignalText.of(annotationText(tool.annotations())),
                values);
    }

    /** "path string": the name as words, then its declared type. */
    private static SignalText paramText(ParamKey param) {
        String words = NameWords.spaced(param.name());
        return SignalText.of(param.type() == null ? words : words + " " + param.type());
    }

    /** "action = list , create or update , delete": each value as words, so "DELETE" and "delete_file" read alike. */
    private static SignalText valuesText(ParamKey param) {
        StringBuilder text = new StringBuilder(NameWords.spaced(param.name())).append(" =");
        List<String> allowed = param.enumValues();
        for (int i = 0; i < allowed.size(); i++) {
            text.append(i == 0 ? " " : " , ").append(NameWords.spaced(allowed.get(i)));
        }
        return SignalText.of(text.toString());
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

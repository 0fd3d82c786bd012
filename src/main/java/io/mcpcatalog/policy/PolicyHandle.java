package io.mcpcatalog.policy;

import io.mcpcatalog.extract.ToolParam;

/**
 * A schema handle a careful operator would constrain (see policy/handles.yaml): the parameters it applies to, and
 * the deny rules it writes for one of them under the chosen settings.
 */
public sealed interface PolicyHandle permits PatternHandle, PathRootHandle, AmountCapHandle {

    HandleScope scope();

    HandleResult apply(ToolParam param, PolicySettings settings);

    /** Replaces {param} by the parameter's name in a message or explanation. */
    static String fill(String text, ToolParam param) {
        return text.replace("{param}", param.name());
    }

    static String path(ToolParam param) {
        return Condition.ARGS + param.name();
    }
}

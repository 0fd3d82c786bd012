package io.mcpcatalog.extract;

import java.util.List;

/** One input parameter of a tool, as a client would see it in the tool's input schema. */
public record ToolParam(String name, String type, boolean required, String description, List<String> enumValues) {

    public ToolParam {
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
    }
}

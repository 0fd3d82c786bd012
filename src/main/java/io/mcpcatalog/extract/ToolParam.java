package io.mcpcatalog.extract;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.util.List;

/**
 * One input parameter of a tool, as a client would see it in the tool's input schema. Hand-written files (rule
 * examples, the corpus) may give the allowed values as {@code enum}, as the schema does.
 */
public record ToolParam(String name, String type, boolean required, String description,
                        @JsonAlias("enum") List<String> enumValues) {

    public ToolParam {
        enumValues = enumValues == null ? List.of() : List.copyOf(enumValues);
    }
}

package io.mcpcatalog.classify;

import io.mcpcatalog.extract.ToolAnnotations;
import io.mcpcatalog.extract.ToolDefinition;
import io.mcpcatalog.extract.ToolParam;

import java.util.Arrays;
import java.util.List;

/** Short ways to write a tool in a test. */
final class TestTools {

    private TestTools() {
    }

    /** A tool whose parameters are all strings. */
    static ToolDefinition tool(String name, String description, String... stringParams) {
        return new ToolDefinition(name, description,
                Arrays.stream(stringParams).map(param -> param(param, "string")).toList(), null, null, null);
    }

    static ToolDefinition withParams(ToolDefinition tool, ToolParam... params) {
        return new ToolDefinition(tool.name(), tool.description(), List.of(params), null, tool.annotations(), null);
    }

    static ToolDefinition withAnnotations(ToolDefinition tool, ToolAnnotations annotations) {
        return new ToolDefinition(tool.name(), tool.description(), tool.params(), null, annotations, null);
    }

    static ToolParam param(String name, String type) {
        return new ToolParam(name, type, false, null, null);
    }
}

package io.mcpcatalog.extract.typescript;

import com.fasterxml.jackson.databind.JsonNode;
import io.mcpcatalog.extract.ToolParam;
import java.util.List;

/** A tool's input parameters and the JSON Schema text describing them. */
record SchemaInfo(List<ToolParam> params, String json) {

    static final SchemaInfo EMPTY_OBJECT = new SchemaInfo(List.of(), "{\"type\":\"object\",\"properties\":{}}");

    static SchemaInfo of(List<ToolParam> params, JsonNode schema) {
        return new SchemaInfo(params, schema.toString());
    }
}

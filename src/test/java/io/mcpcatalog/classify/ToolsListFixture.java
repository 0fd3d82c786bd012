package io.mcpcatalog.classify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mcpcatalog.extract.SchemaParams;
import io.mcpcatalog.extract.ToolDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads an MCP tools/list result from the test classpath into tool definitions, params from the input schema. */
final class ToolsListFixture {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ToolsListFixture() {
    }

    static List<ToolDefinition> load(String resource) {
        try (InputStream in = ToolsListFixture.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            List<ToolDefinition> tools = new ArrayList<>();
            for (JsonNode tool : JSON.readTree(in).path("tools")) {
                JsonNode schema = tool.path("inputSchema");
                tools.add(new ToolDefinition(tool.path("name").asText(), tool.path("description").asText(""),
                        SchemaParams.fromSchema(schema), schema.toString(), null, null));
            }
            return tools;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

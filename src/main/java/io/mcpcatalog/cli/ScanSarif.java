package io.mcpcatalog.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * SARIF 2.1.0 for code review: one result per tool at its definition, its level by risk (Low and Medium are
 * notes, High a warning, Critical an error), and one per security finding.
 */
final class ScanSarif {

    private static final List<String> CATEGORIES = List.of("Read", "Write", "Execute", "Destructive", "Financial");

    private ScanSarif() {
    }

    static ObjectNode render(List<JsonNode> documents) {
        ObjectNode sarif = ScanJson.MAPPER.createObjectNode();
        sarif.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        sarif.put("version", "2.1.0");
        ObjectNode run = sarif.putArray("runs").addObject();
        ObjectNode driver = run.putObject("tool").putObject("driver");
        driver.put("name", "mcp-catalog");
        driver.put("informationUri", "https://modelcontextprotocol.io");
        ArrayNode rules = driver.putArray("rules");
        for (String category : CATEGORIES) {
            ObjectNode rule = rules.addObject();
            rule.put("id", "mcp-tool-" + category.toLowerCase());
            rule.putObject("shortDescription").put("text", "An MCP tool of category " + category);
        }
        rules.addObject().put("id", "mcp-tool-finding").putObject("shortDescription")
                .put("text", "A security finding in an MCP tool's definition");
        ArrayNode results = run.putArray("results");
        for (JsonNode document : documents) {
            for (JsonNode server : document.path("servers")) {
                for (JsonNode tool : server.path("tools")) {
                    addResults(results, tool);
                }
            }
        }
        return sarif;
    }

    private static void addResults(ArrayNode results, JsonNode tool) {
        JsonNode classification = tool.path("classification");
        String category = classification.path("category").asText();
        ObjectNode result = results.addObject();
        result.put("ruleId", "mcp-tool-" + category.toLowerCase());
        result.put("level", level(classification.path("risk").asText()));
        result.putObject("message").put("text", "MCP tool '" + tool.path("name").asText() + "' is " + category + " ("
                + classification.path("risk").asText() + " risk). " + classification.path("rationale").asText());
        result.set("locations", location(tool.path("source")));
        for (JsonNode finding : classification.path("findings")) {
            ObjectNode found = results.addObject();
            found.put("ruleId", "mcp-tool-finding");
            found.put("level", "error");
            found.putObject("message").put("text", "MCP tool '" + tool.path("name").asText() + "': "
                    + finding.path("message").asText());
            found.set("locations", location(tool.path("source")));
        }
    }

    private static ArrayNode location(JsonNode source) {
        ArrayNode locations = ScanJson.MAPPER.createArrayNode();
        ObjectNode physical = locations.addObject().putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", source.path("file").asText(""));
        if (source.path("line").isInt()) {
            physical.putObject("region").put("startLine", source.path("line").asInt());
        }
        return locations;
    }

    private static String level(String risk) {
        return switch (risk) {
            case "Critical" -> "error";
            case "High" -> "warning";
            default -> "note";
        };
    }
}

package io.mcpcatalog.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.classify.Classification;
import io.mcpcatalog.crawl.ScanOutcome;
import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.ScanProblem;
import io.mcpcatalog.extract.ScannedServer;
import io.mcpcatalog.extract.ToolDefinition;
import io.mcpcatalog.policy.PolicyJson;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The scan output document of DESIGN.md for one source: servers, tools, classification and policy rule. */
final class ScanJson {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private ScanJson() {
    }

    static ObjectNode document(ScanOutcome outcome, ToolVerdicts verdicts) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("source", outcome.source());
        root.put("commit", outcome.commit());
        ArrayNode servers = root.putArray("servers");
        for (ScannedServer server : outcome.scan().servers()) {
            ObjectNode node = servers.addObject();
            node.put("name", server.name());
            node.put("path", server.path());
            node.put("language", server.language());
            node.put("origin", server.origin());
            ArrayNode tools = node.putArray("tools");
            server.tools().forEach(tool -> tools.add(tool(server, tool, verdicts)));
        }
        ArrayNode problems = root.putArray("problems");
        outcome.scan().problems().forEach(problem -> problems.add(problem(problem)));
        outcome.skipped().forEach(problem -> problems.add(problem(problem)));
        ObjectNode stats = root.putObject("stats");
        stats.put("servers", outcome.scan().servers().size());
        stats.put("tools", outcome.scan().toolCount());
        stats.put("filesParsed", outcome.scan().filesParsed());
        stats.put("timedOut", outcome.scan().timedOut());
        stats.put("millis", outcome.millis());
        return root;
    }

    private static ObjectNode tool(ScannedServer server, ExtractedTool tool, ToolVerdicts verdicts) {
        ToolDefinition d = tool.definition();
        ToolVerdicts.Verdict verdict = verdicts.judge(server, tool);
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", d.name());
        node.put("description", d.description());
        if (tool.partialDescription()) {
            node.put("partialDescription", true);
        }
        node.set("params", MAPPER.valueToTree(d.params()));
        node.set("inputSchema", parse(d.inputSchema()));
        node.set("annotations", d.annotations() == null ? null : annotations(d));
        node.set("source", MAPPER.valueToTree(d.source()));
        if (!tool.aliases().isEmpty()) {
            node.set("aliases", MAPPER.valueToTree(tool.aliases()));
        }
        node.set("classification", classification(verdict.classification()));
        node.putObject("policy").set(d.name(), MAPPER.valueToTree(PolicyJson.rule(verdict.rule())));
        return node;
    }

    private static ObjectNode annotations(ToolDefinition d) {
        ObjectNode node = MAPPER.valueToTree(d.annotations());
        node.properties().removeIf(entry -> entry.getValue().isNull());
        return node;
    }

    static ObjectNode classification(Classification c) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("category", c.category().label());
        node.put("risk", c.risk().label());
        node.put("confidence", c.confidence());
        node.set("evidence", MAPPER.valueToTree(c.evidence()));
        node.put("rationale", c.rationale());
        node.set("findings", MAPPER.valueToTree(c.findings()));
        node.set("capabilities", MAPPER.valueToTree(c.capabilities()));
        return node;
    }

    private static ObjectNode problem(ScanProblem problem) {
        return MAPPER.createObjectNode().put("path", problem.path()).put("message", problem.message());
    }

    private static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

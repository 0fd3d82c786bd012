package io.mcpcatalog.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.catalog.ImportRejectedException;
import io.mcpcatalog.catalog.OnDemandClassifier;
import io.mcpcatalog.policy.PolicyJson;
import io.quarkiverse.mcp.server.ToolCallException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.stream.Collectors;

/** Classifies one tool definition an agent passes, through the catalog's on-demand classifier; stores nothing. */
@ApplicationScoped
class DefinitionClassifier {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOOL_LOCATION = "$.tools[0].";
    private static final String REPEATED_LOCATION = "^(\\S+): \\1: ";

    @Inject
    OnDemandClassifier classifier;

    ToolRiskAnswer classify(String server, String name, String description, Map<String, Object> inputSchema,
                            Map<String, Object> annotations) {
        ObjectNode tool = JSON.createObjectNode().put("name", name);
        if (description != null) {
            tool.put("description", description);
        }
        // A definition without a schema is a tool without parameters.
        tool.set("inputSchema", inputSchema == null ? JSON.createObjectNode().put("type", "object")
                : JSON.valueToTree(inputSchema));
        if (annotations != null) {
            tool.set("annotations", JSON.valueToTree(annotations));
        }
        ObjectNode toolsList = JSON.createObjectNode();
        toolsList.putArray("tools").add(tool);
        OnDemandClassifier.Judgement judgement;
        try {
            judgement = classifier.classify(toolsList, server, null);
        } catch (ImportRejectedException e) {
            throw new ToolCallException("The tool definition is invalid: " + e.problems().stream()
                    .map(DefinitionClassifier::withinTool).collect(Collectors.joining("; ")) + ".");
        }
        OnDemandClassifier.JudgedTool judged = judgement.tools().get(0);
        return ToolRiskAnswer.of(server, name, ToolRiskAnswer.ON_DEMAND, judged.classification(),
                PolicyJson.document(judgement.policy()));
    }

    /** "$.tools[0].name: $.tools[0].name: does not match ..." becomes "name: does not match ...". */
    private static String withinTool(String problem) {
        return problem.replace(TOOL_LOCATION, "").replaceFirst(REPEATED_LOCATION, "$1: ");
    }
}

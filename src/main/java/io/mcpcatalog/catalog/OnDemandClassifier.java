package io.mcpcatalog.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.mcpcatalog.classify.Classification;
import io.mcpcatalog.classify.ServerContext;
import io.mcpcatalog.extract.ToolDefinition;
import io.mcpcatalog.policy.PolicyDocument;
import io.mcpcatalog.policy.ToolPolicyInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/** Classifies a tools/list result the catalog has never seen, with its recommended rules; stores nothing. */
@ApplicationScoped
public class OnDemandClassifier {

    /** A tool with its verdict. */
    public record JudgedTool(ToolDefinition definition, Classification classification) {
    }

    /** Every tool judged, and the policy bundle for all of them. */
    public record Judgement(List<JudgedTool> tools, PolicyDocument policy) {
    }

    private final ImportDocumentParser parser = new ImportDocumentParser();

    @Inject
    Classifier classifier;
    @Inject
    CatalogPolicies policies;

    /** Validates the body as a tools/list result (a 400 with every problem otherwise) and judges each tool. */
    public Judgement classify(JsonNode toolsList, String serverName, String serverDescription) {
        if (toolsList == null || !toolsList.isObject() || !toolsList.has("tools")) {
            throw new ImportRejectedException("The body must be a tools/list result: {\"tools\": [...]}.", List.of());
        }
        String name = serverName == null || serverName.isBlank() ? "unnamed server" : serverName;
        ServerImport server = parser.parse(toolsList, new ToolsListTarget(name, null, null)).servers().get(0);
        ServerContext context = new ServerContext(name, serverDescription == null ? "" : serverDescription);
        List<JudgedTool> judged = server.tools().stream()
                .map(tool -> new JudgedTool(tool, classifier.classify(tool, context))).toList();
        PolicyDocument policy = policies.forTools(judged.stream().map(tool -> new ToolPolicyInput(
                tool.definition().name(), tool.classification().category(), tool.definition().params())).toList());
        return new Judgement(judged, policy);
    }
}

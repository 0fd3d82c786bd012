package io.mcpcatalog.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.mcpcatalog.catalog.OnDemandClassifier;
import io.mcpcatalog.classify.CapabilityTag;
import io.mcpcatalog.classify.Classification;
import io.mcpcatalog.classify.Evidence;
import io.mcpcatalog.classify.Finding;
import io.mcpcatalog.policy.PolicyJson;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * Classification on demand: a gateway posts a tools/list result the catalog has never seen (optionally naming the
 * server and describing it) and gets each tool's category, risk, rationale, findings and policy. Nothing is stored.
 */
@Path("/api/v1/classify")
public class ClassifyResource {

    static final int MAX_TOOLS = 500;

    /** One judged tool of the answer. */
    public record ClassifiedToolDto(String name, String category, String risk, double confidence, String rationale,
                                    List<Evidence> evidence,
                                    List<Finding> findings, List<CapabilityTag> capabilities,
                                    Map<String, Object> rule) {
    }

    /** The answer: every tool, and the policy bundle for all of them (default deny). */
    public record ClassifyResultDto(String server, List<ClassifiedToolDto> tools, Map<String, Object> policy) {
    }

    @Inject
    OnDemandClassifier classifier;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public ClassifyResultDto classify(JsonNode body, @QueryParam("server") String server,
                                      @QueryParam("description") String description) {
        if (body != null && body.path("tools").size() > MAX_TOOLS) {
            throw new ApiException(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                    "At most " + MAX_TOOLS + " tools per request; this one has " + body.path("tools").size() + ".");
        }
        OnDemandClassifier.Judgement judgement = classifier.classify(body, server, description);
        List<ClassifiedToolDto> answers = judgement.tools().stream().map(tool -> {
            Classification c = tool.classification();
            String name = tool.definition().name();
            return new ClassifiedToolDto(name, c.category().label(), c.risk().label(), c.confidence(), c.rationale(),
                    c.evidence(), c.findings(), c.capabilities(),
                    PolicyJson.rule(judgement.policy().tools().get(name)));
        }).toList();
        Map<String, Object> policy = PolicyJson.document(judgement.policy());
        return new ClassifyResultDto(server, answers, policy);
    }
}

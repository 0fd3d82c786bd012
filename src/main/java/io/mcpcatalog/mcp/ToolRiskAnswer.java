package io.mcpcatalog.mcp;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.mcpcatalog.classify.CapabilityTag;
import io.mcpcatalog.classify.Classification;
import io.mcpcatalog.classify.Evidence;
import io.mcpcatalog.classify.Finding;
import java.util.List;
import java.util.Map;

/**
 * What check_tool_risk answers. {@code source} is "catalog" for a catalogued tool and "on-demand" for a definition
 * classified on the spot; {@code policy} is the recommended policy.json (balanced profile) for this one tool.
 * {@code server} is left out when an on-demand definition came without one.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ToolRiskAnswer(String server, String tool, String source, String category, String risk,
                             double confidence, String rationale, List<Evidence> evidence, List<Finding> findings,
                             List<CapabilityTag> capabilities, Map<String, Object> policy) {

    static final String CATALOG = "catalog";
    static final String ON_DEMAND = "on-demand";

    static ToolRiskAnswer of(String server, String tool, String source, Classification c, Map<String, Object> policy) {
        return new ToolRiskAnswer(server, tool, source, c.category().label(), c.risk().label(), c.confidence(),
                c.rationale(), c.evidence(), c.findings(), c.capabilities(), policy);
    }
}

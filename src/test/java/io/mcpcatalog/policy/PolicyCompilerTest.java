package io.mcpcatalog.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mcpcatalog.TaxonomyDocuments;
import io.mcpcatalog.classify.Category;
import io.mcpcatalog.extract.ToolParam;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyCompilerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PolicyCompiler compiler = new PolicyCompiler(PolicyHandleLoader.loadDefault());

    private static ToolParam param(String name) {
        return new ToolParam(name, "string", true, null, List.of());
    }

    private JsonNode compile(String name, Category category, ToolParam... params) {
        return JSON.valueToTree(PolicyJson.document(compiler.forTool(new ToolPolicyInput(name, category, List.of(params)))));
    }

    @Test
    void stopBackgroundPolicyIsExactlyTheTaxonomyDocument() throws Exception {
        JsonNode policy = compile("stopBackground", Category.EXECUTE, param("connectionId"));
        assertEquals(JSON.readTree(TaxonomyDocuments.STOP_BACKGROUND_POLICY), policy);
    }

    @Test
    void readToolIsAllowedWithoutLimit() {
        JsonNode policy = compile("listTunnels", Category.READ);
        assertEquals(JSON.createObjectNode(), policy.path("tools").path("listTunnels"));
    }

    @Test
    void writeToolGetsThirtyPerMinute() {
        JsonNode limit = compile("close-tunnel", Category.WRITE, param("tunnelId")).path("tools").path("close-tunnel")
                .path("limits").get(0);
        assertEquals("close_tunnel_rate", limit.path("counter").asText());
        assertEquals(30, limit.path("max").asInt());
        assertEquals("minute", limit.path("window").asText());
    }

    @Test
    void destructiveAndFinancialToolsAreBlockedPendingApproval() {
        for (Category category : List.of(Category.DESTRUCTIVE, Category.FINANCIAL)) {
            JsonNode rule = compile("deleteConnection", category, param("connectionId")).path("tools").path("deleteConnection");
            assertEquals(1, rule.size(), "only deny_if: " + rule);
            JsonNode deny = rule.path("deny_if").get(0);
            assertEquals(0, deny.path("conditions").size());
            assertEquals("Blocked by default. Requires approval.", deny.path("on_deny").asText());
        }
    }

    @Test
    void commandParameterGetsADestructivePatternCondition() {
        JsonNode rule = compile("executeCommand", Category.EXECUTE, param("connectionId"), param("command"))
                .path("tools").path("executeCommand");
        assertEquals(10, rule.path("limits").get(0).path("max").asInt());
        JsonNode condition = rule.path("deny_if").get(0).path("conditions").get(0);
        assertEquals("args.command", condition.path("path").asText());
        assertEquals("regex", condition.path("op").asText());
    }

    @Test
    void urlParameterOfAReadToolIsConfinedToPublicAddresses() {
        JsonNode rule = compile("fetch", Category.READ, param("url")).path("tools").path("fetch");
        assertTrue(rule.path("limits").isMissingNode(), "Read stays unlimited");
        assertEquals("args.url", rule.path("deny_if").get(0).path("conditions").get(0).path("path").asText());
    }

    @Test
    void counterNamesFollowTheTaxonomy() {
        assertEquals("stopbackground_rate", CounterNames.counterFor("stopBackground"));
        assertEquals("mcp_ssh_mcp_writeterminal_rate", CounterNames.counterFor("mcp_ssh_mcp_writeTerminal"));
        assertEquals("a_b_rate", CounterNames.counterFor("a--.b"));
    }

    @Test
    void serverBundleListsEveryToolInOrderUnderDefaultDeny() {
        PolicyDocument bundle = compiler.forServer(List.of(
                new ToolPolicyInput("b", Category.READ, List.of()),
                new ToolPolicyInput("a", Category.WRITE, List.of())));
        assertEquals("deny", bundle.defaultAction());
        assertEquals(List.of("b", "a"), List.copyOf(bundle.tools().keySet()));
    }
}

package io.mcpcatalog.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
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
            assertEquals(1, rule.path("deny_if").size(), "no argument checks for connectionId: " + rule);
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
    void pathParameterIsConfinedToTheRootWhenOneIsSet() {
        ToolPolicyInput write = new ToolPolicyInput("write_file", Category.WRITE, List.of(param("path")));
        PolicyProfile balanced = compiler.profiles().byDefault();
        ToolRule confined = compiler.ruleFor(write, new PolicySettings(balanced, PathRoot.of("/srv/data/"), 1000));
        assertEquals(2, confined.denyIf().size());
        assertTrue(confined.denyIf().get(0).explanation().contains("/srv/data"), confined.denyIf().get(0).explanation());
        assertTrue(confined.notes().isEmpty());
        ToolRule unconfined = compiler.ruleFor(write, PolicySettings.of(balanced));
        assertEquals(1, unconfined.denyIf().size(), "'..' is denied even without a root");
        assertTrue(unconfined.notes().get(0).contains("no root folder is set"), unconfined.notes().toString());
    }

    @Test
    void rootsMustBeAbsoluteFoldersWithoutParentSegments() {
        assertEquals("/srv/data", PathRoot.of(" /srv/data// ").folder());
        assertEquals("/", PathRoot.of("/").folder());
        for (String bad : new String[] {"srv/data", "/srv/../etc", "", "/a\nb"}) {
            assertThrows(IllegalArgumentException.class, () -> PathRoot.of(bad), bad);
        }
    }

    @Test
    void rootSlashConfinesToAbsolutePaths() {
        PathRoot root = PathRoot.of("/");
        java.util.regex.Pattern outside = java.util.regex.Pattern.compile(root.outsideRegex());
        assertTrue(outside.matcher("relative").find());
        assertTrue(outside.matcher("").find());
        assertFalse(outside.matcher("/etc/hosts").find());
    }

    @Test
    void amountOfAFinancialToolIsCappedAfterTheApprovalBlock() {
        ToolParam cents = new ToolParam("amount", "integer", true, "Amount in cents to refund", List.of());
        ToolRule rule = compiler.ruleFor(new ToolPolicyInput("create_refund", Category.FINANCIAL, List.of(cents)));
        assertTrue(rule.blocked());
        Condition cap = rule.denyIf().get(1).conditions().get(0);
        assertEquals("gt", cap.op());
        assertEquals(100_000L, cap.value(), "1,000 in cents");
        ToolParam object = new ToolParam("amount", "object", true, null, List.of());
        ToolRule uncapped = compiler.ruleFor(new ToolPolicyInput("create_refund", Category.FINANCIAL, List.of(object)));
        assertEquals(1, uncapped.denyIf().size());
        assertTrue(uncapped.notes().get(0).contains("cannot cap"), uncapped.notes().toString());
    }

    @Test
    void amountOfANonFinancialToolIsNotCapped() {
        ToolParam amount = new ToolParam("amount", "number", true, null, List.of());
        assertTrue(compiler.ruleFor(new ToolPolicyInput("convert", Category.READ, List.of(amount))).denyIf().isEmpty());
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

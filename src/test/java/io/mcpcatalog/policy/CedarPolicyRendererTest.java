package io.mcpcatalog.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.cedarpolicy.value.Decimal;
import com.cedarpolicy.value.PrimLong;
import com.cedarpolicy.value.PrimString;
import com.cedarpolicy.value.Value;
import io.mcpcatalog.classify.Category;
import io.mcpcatalog.extract.ToolParam;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The Cedar output, checked by Cedar itself: it parses, validates against the tools' schema, and decides right. */
class CedarPolicyRendererTest {

    private final PolicyCompiler compiler = new PolicyCompiler(PolicyHandleLoader.loadDefault());

    /**
     * Every example of policy/handles.yaml, asked of Cedar's authorizer: the wildcards deny what the regular
     * expression denies and allow what it allows. An amount written as text is the exception: Cedar cannot compare
     * it, so its forbid holds whenever the argument is there.
     */
    @TestFactory
    Stream<DynamicTest> cedarDecidesEveryHandleExampleLikePolicyJson() {
        return HandleExamples.all().stream().map(example -> DynamicTest.dynamicTest(example.toString(), () -> {
            PolicyDocument policy = compiler.forServer(List.of(example.tool()), PolicyHandlesTest.settingsFor(example));
            String cedar = PolicyFormat.CEDAR.render(policy, "t");
            String schema = CedarCheck.schemaText("t", List.of(example.tool()));
            assertEquals(List.of(), CedarCheck.problems(cedar, schema));
            boolean textAmount = example.kind().equals("amount-cap") && example.param().type().equals("string");
            boolean expectDeny = example.deny() || textAmount;
            assertEquals(!expectDeny, CedarCheck.allows(cedar, schema, "t___tool_under_test",
                    Map.of(example.param().name(), cedarValue(example.value()))), example + "\n" + cedar);
        }));
    }

    @Test
    void blockedToolIsForbiddenAndAListedToolIsPermittedWithItsRateLimitAsAnAnnotation() throws Exception {
        ToolPolicyInput stop = new ToolPolicyInput("stopBackground", Category.EXECUTE, List.of(param("connectionId")));
        ToolPolicyInput delete = new ToolPolicyInput("deleteConnection", Category.DESTRUCTIVE,
                List.of(param("connectionId")));
        String cedar = PolicyFormat.CEDAR.render(compiler.forServer(List.of(stop, delete)), "mcp-ssh");
        ToolPolicyInput unlisted = new ToolPolicyInput("unlistedTool", Category.READ, List.of(param("connectionId")));
        String schema = CedarCheck.schemaText("mcp-ssh", List.of(stop, delete, unlisted));
        assertEquals(List.of(), CedarCheck.problems(cedar, schema));
        assertTrue(cedar.contains("@rate_limit(\"10 calls per minute per grant, counter stopbackground_rate\")"), cedar);
        Map<String, Value> args = Map.of("connectionId", new PrimString("c1"));
        assertTrue(CedarCheck.allows(cedar, schema, "mcp-ssh___stopBackground", args));
        assertFalse(CedarCheck.allows(cedar, schema, "mcp-ssh___deleteConnection", args));
        assertFalse(CedarCheck.allows(cedar, schema, "mcp-ssh___unlistedTool", args), "default deny");
    }

    @Test
    void hostileNamesAndValuesStayInsideTheirStrings() throws Exception {
        // Named like a path parameter once quotes and spaces are ignored, so a forbid reads it.
        ToolParam weird = new ToolParam("pa\"th\n", "string", true, null, List.of());
        ToolPolicyInput tool = new ToolPolicyInput("evil\"); permit(principal, action, resource); //", Category.READ,
                List.of(weird));
        PolicySettings settings = new PolicySettings(compiler.profiles().byId("balanced"), PathRoot.of("/srv/*\""), 1000);
        String cedar = PolicyFormat.CEDAR.render(compiler.forServer(List.of(tool), settings), "srv");
        String schema = CedarCheck.schemaText("srv", List.of(tool));
        assertEquals(3, com.cedarpolicy.model.policy.PolicySet.parsePolicies(cedar).getNumPolicies(),
                "a permit and two forbids, nothing injected: " + cedar);
        assertEquals(List.of(), CedarCheck.problems(cedar, schema));
        String action = "srv___" + tool.name();
        assertTrue(CedarCheck.allows(cedar, schema, action, Map.of(weird.name(), new PrimString("/srv/*\"/a"))));
        assertFalse(CedarCheck.allows(cedar, schema, action, Map.of(weird.name(), new PrimString("/srv/x/a"))));
    }

    private static ToolParam param(String name) {
        return new ToolParam(name, "string", true, null, List.of());
    }

    private static Value cedarValue(Object value) {
        if (value instanceof Long number) {
            return new PrimLong(number);
        }
        if (value instanceof BigDecimal decimal) {
            return new Decimal(decimal.toPlainString());
        }
        return new PrimString(value.toString());
    }
}

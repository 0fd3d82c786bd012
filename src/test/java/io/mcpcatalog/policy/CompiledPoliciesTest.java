package io.mcpcatalog.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mcpcatalog.classify.eval.CorpusLoader;
import io.mcpcatalog.classify.eval.CorpusTool;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles the policies of every tool of the labelled corpus (1,281 real tools of 57 servers), per server, in every
 * profile, with and without a path root, and checks each format with its own checker: policy.json against
 * catalog-data/policy.schema.json (every server bundle and every tool's own document), Cedar with Cedar's parser
 * and validator against the servers' schema.
 */
class CompiledPoliciesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final PolicyCompiler compiler = new PolicyCompiler(PolicyHandleLoader.loadDefault());

    @TestFactory
    Stream<DynamicTest> everyCorpusPolicyIsValidInEveryProfileAndFormat() {
        Map<String, List<ToolPolicyInput>> servers = new LinkedHashMap<>();
        for (CorpusTool tool : CorpusLoader.fromClasspath()) {
            servers.computeIfAbsent(tool.server(), s -> new ArrayList<>())
                    .add(new ToolPolicyInput(tool.tool().name(), tool.label(), tool.tool().params()));
        }
        assertTrue(servers.size() >= 50, "the corpus has its servers: " + servers.size());
        List<DynamicTest> tests = new ArrayList<>();
        for (PolicyProfile profile : compiler.profiles().all()) {
            for (PathRoot root : new PathRoot[] {null, PathRoot.of("/srv/data")}) {
                PolicySettings settings = new PolicySettings(profile, root, profile.amountCap());
                servers.forEach((server, tools) -> tests.add(DynamicTest.dynamicTest(
                        server + " " + profile.id() + (root == null ? "" : " root"),
                        () -> check(server, tools, settings))));
            }
        }
        return tests.stream();
    }

    /** The corpus gives every kind of handle something to hold on to, so the checks above cover all of them. */
    @Test
    void theCorpusExercisesEveryHandle() {
        PolicySettings settings = new PolicySettings(compiler.profiles().byDefault(), PathRoot.of("/srv/data"), 1000);
        Set<String> messages = new java.util.HashSet<>();
        for (CorpusTool tool : CorpusLoader.fromClasspath()) {
            compiler.ruleFor(new ToolPolicyInput(tool.tool().name(), tool.label(), tool.tool().params()), settings)
                    .denyIf().forEach(deny -> messages.add(deny.onDeny()));
        }
        for (String kind : List.of("destructive pattern", "private, loopback", "outside /srv/data", "'..' segment",
                "over the cap", "not a plain decimal", "Requires approval")) {
            assertTrue(messages.stream().anyMatch(message -> message.contains(kind)), kind + " in " + messages);
        }
    }

    @Test
    void theSchemaRefusesWhatPolicyJsonDoesNotAllow() throws Exception {
        String[] bad = {
            "{\"version\":\"2\",\"default\":\"deny\",\"tools\":{}}",
            "{\"version\":\"1\",\"default\":\"maybe\",\"tools\":{}}",
            "{\"version\":\"1\",\"default\":\"deny\",\"tools\":{\"t\":{\"limits\":[{\"counter\":\"t_rate\",\"window\":\"day\",\"max\":1,\"scope\":\"grant\"}]}}}",
            "{\"version\":\"1\",\"default\":\"deny\",\"tools\":{\"t\":{\"deny_if\":[{\"conditions\":[{\"path\":\"args.x\",\"op\":\"matches\",\"value\":\"a\"}],\"on_deny\":\"no\"}]}}}",
            "{\"version\":\"1\",\"default\":\"deny\",\"tools\":{\"t\":{\"deny_if\":[{\"conditions\":[{\"path\":\"args.x\",\"op\":\"gt\",\"value\":\"many\"}],\"on_deny\":\"no\"}]}}}",
            "{\"version\":\"1\",\"default\":\"deny\",\"tools\":{\"t\":{\"allow\":true}}}"
        };
        for (String document : bad) {
            assertFalse(PolicySchemaCheck.problems(JSON.readTree(document)).isEmpty(), "refused: " + document);
        }
    }

    private void check(String server, List<ToolPolicyInput> tools, PolicySettings settings) throws Exception {
        PolicyDocument bundle = compiler.forServer(tools, settings);
        assertEquals(Set.of(), PolicySchemaCheck.problems(bundle), server + " bundle");
        for (ToolPolicyInput tool : tools) {
            assertEquals(Set.of(), PolicySchemaCheck.problems(compiler.forServer(List.of(tool), settings)), server + "/" + tool.name());
        }
        JsonNode json = JSON.readTree(PolicyFormat.JSON.render(bundle, server));
        assertEquals(tools.size(), json.path("tools").size(), "every tool has a rule");
        String cedar = PolicyFormat.CEDAR.render(bundle, server);
        assertEquals(List.of(), CedarCheck.problems(cedar, CedarCheck.schemaText(server, tools)), server + "\n" + cedar);
    }
}

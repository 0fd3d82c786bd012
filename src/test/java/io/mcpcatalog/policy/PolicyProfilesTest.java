package io.mcpcatalog.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpcatalog.classify.Category;
import io.mcpcatalog.extract.ToolParam;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three shipped profiles as policy/profiles.yaml defines them, and what the loader refuses. */
class PolicyProfilesTest {

    private final PolicyCompiler compiler = new PolicyCompiler(PolicyHandleLoader.loadDefault());
    private final PolicyProfiles profiles = compiler.profiles();

    private ToolRule rule(String profile, String name, Category category, ToolParam... params) {
        return compiler.ruleFor(new ToolPolicyInput(name, category, List.of(params)),
                PolicySettings.of(profiles.byId(profile)));
    }

    private static ToolParam string(String name) {
        return new ToolParam(name, "string", true, null, List.of());
    }

    @Test
    void balancedIsTheDefaultAndTheOrderIsStrictBalancedPermissive() {
        assertEquals("balanced", profiles.byDefault().id());
        assertEquals(List.of("strict", "balanced", "permissive"), profiles.all().stream().map(PolicyProfile::id).toList());
    }

    @Test
    void strictLimitsReadsAndBlocksAndHidesExecuteTools() {
        assertEquals(60, rule("strict", "listFiles", Category.READ).limits().get(0).max());
        ToolRule execute = rule("strict", "executeCommand", Category.EXECUTE, string("command"));
        assertEquals(5, execute.limits().get(0).max());
        assertTrue(execute.blocked());
        assertEquals("args.command", execute.denyIf().get(1).conditions().get(0).path(), "checks kept for after approval");
        PolicyDocument bundle = compiler.forServer(List.of(
                new ToolPolicyInput("listFiles", Category.READ, List.of()),
                new ToolPolicyInput("executeCommand", Category.EXECUTE, List.of()),
                new ToolPolicyInput("deleteFile", Category.DESTRUCTIVE, List.of())),
                PolicySettings.of(profiles.byId("strict")));
        assertEquals(List.of("executeCommand", "deleteFile"), bundle.hide());
    }

    @Test
    void permissiveRaisesLimitsButKeepsChecksAndApprovals() {
        assertEquals(120, rule("permissive", "writeFile", Category.WRITE).limits().get(0).max());
        ToolRule execute = rule("permissive", "executeCommand", Category.EXECUTE, string("command"));
        assertEquals(60, execute.limits().get(0).max());
        assertFalse(execute.blocked());
        assertEquals(1, execute.denyIf().size());
        assertTrue(rule("permissive", "deleteFile", Category.DESTRUCTIVE).blocked());
        assertTrue(rule("permissive", "createRefund", Category.FINANCIAL).blocked());
        assertTrue(compiler.forServer(List.of(new ToolPolicyInput("deleteFile", Category.DESTRUCTIVE, List.of())),
                PolicySettings.of(profiles.byId("permissive"))).hide().isEmpty());
    }

    @Test
    void everyProfileBlocksDestructiveAndFinancialTools() {
        for (PolicyProfile profile : profiles.all()) {
            assertTrue(profile.defaults(Category.DESTRUCTIVE).blocked(), profile.id());
            assertTrue(profile.defaults(Category.FINANCIAL).blocked(), profile.id());
        }
    }

    @Test
    void amountCapsFollowTheProfile() {
        assertEquals(List.of(100L, 1000L, 10000L), profiles.all().stream().map(PolicyProfile::amountCap).toList());
    }

    @Test
    void unknownProfileNamesTheValidOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> profiles.byId("lenient"));
        assertEquals("unknown profile 'lenient': use one of strict, balanced, permissive", e.getMessage());
    }

    @Test
    void aProfileWithoutEveryCategoryIsRefused() {
        String yaml = """
                default: only
                profiles:
                  - id: only
                    amount_cap: 10
                    categories:
                      Read: {}
                """;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PolicyProfiles.load(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("no rule for Write"), e.getMessage());
    }

    @Test
    void aLimitWithAnUnknownWindowIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CategoryDefaults("day", 5, false, false));
    }
}

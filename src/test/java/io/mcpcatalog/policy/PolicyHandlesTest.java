package io.mcpcatalog.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcpcatalog.classify.Category;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every example of policy/handles.yaml through the compiled rule, as a gateway would evaluate policy.json:
 * deny examples must be denied, allow examples allowed. The rules are compiled, so the generated expressions for
 * a root and a cap are tested as well as the handwritten ones.
 */
class PolicyHandlesTest {

    private final PolicyCompiler compiler = new PolicyCompiler(PolicyHandleLoader.loadDefault());

    /** A profile that blocks nothing, so only the argument conditions decide. */
    static PolicyProfile openProfile() {
        Map<Category, CategoryDefaults> categories = new EnumMap<>(Category.class);
        Arrays.stream(Category.values()).forEach(c -> categories.put(c, new CategoryDefaults("", 0, false, false)));
        return new PolicyProfile("open", "blocks nothing", 1000, categories);
    }

    static PolicySettings settingsFor(HandleExamples.Example example) {
        return new PolicySettings(openProfile(), example.root() == null ? null : PathRoot.of(example.root()),
                example.cap());
    }

    @TestFactory
    Stream<DynamicTest> everyHandleExampleHolds() {
        return HandleExamples.all().stream().map(example -> DynamicTest.dynamicTest(example.toString(), () -> {
            ToolRule rule = compiler.ruleFor(example.tool(), settingsFor(example));
            assertEquals(example.deny(), PolicyConditions.denies(rule, example.args()), example + " with " + rule.denyIf().size() + " deny rules");
        }));
    }
}

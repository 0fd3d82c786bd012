package io.mcpcatalog.policy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every example of policy/handles.yaml: each regex must deny its deny examples and allow its allow examples. */
class PolicyHandlesTest {

    @TestFactory
    Stream<DynamicTest> everyHandleExampleHolds() throws Exception {
        JsonNode root;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(PolicyHandleLoader.DEFAULT_RESOURCE)) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode handle : root.path("handles")) {
            Pattern pattern = Pattern.compile(handle.path("value").asText());
            String id = handle.path("id").asText();
            assertFalse(handle.path("examples").path("deny").isEmpty(), id + " needs deny examples");
            assertFalse(handle.path("examples").path("allow").isEmpty(), id + " needs allow examples");
            handle.path("examples").path("deny").forEach(example -> tests.add(DynamicTest.dynamicTest(
                    id + " denies " + example.asText(),
                    () -> assertTrue(pattern.matcher(example.asText()).find(), "should deny: " + example.asText()))));
            handle.path("examples").path("allow").forEach(example -> tests.add(DynamicTest.dynamicTest(
                    id + " allows " + example.asText(),
                    () -> assertFalse(pattern.matcher(example.asText()).find(), "should allow: " + example.asText()))));
        }
        return tests.stream();
    }
}

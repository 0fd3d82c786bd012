package io.mcpcatalog.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mcpcatalog.classify.Category;
import io.mcpcatalog.extract.ToolParam;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The examples of policy/handles.yaml as test cases: a tool with the handle's first parameter (typed after the
 * example), the settings the examples assume (a root, a cap), the value and whether it must be denied.
 */
final class HandleExamples {

    record Example(String handle, String kind, Category category, ToolParam param, Object value, boolean deny,
                   String root, long cap) {

        ToolPolicyInput tool() {
            return new ToolPolicyInput("tool_under_test", category, List.of(param));
        }

        Map<String, Object> args() {
            return Map.of(param.name(), value);
        }

        @Override
        public String toString() {
            return handle + (deny ? " denies " : " allows ") + "'" + value + "' (" + param.type() + ")";
        }
    }

    private HandleExamples() {
    }

    static List<Example> all() {
        JsonNode root;
        try (InputStream in = HandleExamples.class.getClassLoader().getResourceAsStream(PolicyHandleLoader.DEFAULT_RESOURCE)) {
            root = new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Example> examples = new ArrayList<>();
        for (JsonNode handle : root.path("handles")) {
            JsonNode given = handle.path("examples");
            String pathRoot = given.path("root").isMissingNode() ? null : given.path("root").asText();
            long cap = given.path("cap").asLong(1000);
            Category category = Category.fromLabel(handle.path("categories").get(0).asText());
            String name = handle.path("params").get(0).asText();
            for (String verdict : List.of("deny", "allow")) {
                if (given.path(verdict).isEmpty()) {
                    throw new IllegalStateException(handle.path("id").asText() + " needs " + verdict + " examples");
                }
                for (JsonNode value : given.path(verdict)) {
                    String type = value.isIntegralNumber() ? "integer" : value.isNumber() ? "number" : "string";
                    Object plain = value.isIntegralNumber() ? (Object) value.asLong()
                            : value.isNumber() ? value.decimalValue() : value.asText();
                    examples.add(new Example(handle.path("id").asText(), handle.path("kind").asText(), category,
                            new ToolParam(name, type, true, null, List.of()), plain, verdict.equals("deny"),
                            pathRoot, cap));
                }
            }
        }
        return examples;
    }
}

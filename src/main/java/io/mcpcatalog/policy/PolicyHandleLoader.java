package io.mcpcatalog.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mcpcatalog.classify.Category;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads policy handles (see policy/handles.yaml) and checks each one, including that its regex compiles. */
public final class PolicyHandleLoader {

    public static final String DEFAULT_RESOURCE = "policy/handles.yaml";

    private PolicyHandleLoader() {
    }

    public static List<PolicyHandle> loadDefault() {
        try (InputStream in = PolicyHandleLoader.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    public static List<PolicyHandle> load(InputStream yaml) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        List<PolicyHandle> handles = new ArrayList<>();
        for (JsonNode node : root.path("handles")) {
            handles.add(handle(node));
        }
        return handles;
    }

    private static PolicyHandle handle(JsonNode node) {
        String id = required(node, "id", "?");
        Set<Category> categories = new LinkedHashSet<>();
        node.path("categories").forEach(c -> categories.add(Category.fromLabel(c.asText())));
        Set<String> params = new LinkedHashSet<>();
        node.path("params").forEach(p -> params.add(p.asText()));
        if (categories.isEmpty() || params.isEmpty()) {
            throw new IllegalArgumentException("handle " + id + ": needs categories and params");
        }
        String op = required(node, "op", id);
        String value = required(node, "value", id);
        if (op.equals("regex")) {
            Pattern.compile(value);
        }
        return new PolicyHandle(id, categories, params, op, value, required(node, "on_deny", id),
                required(node, "explanation", id));
    }

    private static String required(JsonNode node, String field, String id) {
        String text = node.path(field).asText("");
        if (text.isBlank()) {
            throw new IllegalArgumentException("handle " + id + ": missing '" + field + "'");
        }
        return text;
    }
}

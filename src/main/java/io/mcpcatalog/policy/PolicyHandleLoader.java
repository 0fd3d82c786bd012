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
        HandleScope scope = new HandleScope(id, categories(node), texts(node.path("params")), texts(node.path("types")));
        String kind = required(node, "kind", id);
        return switch (kind) {
            case "pattern" -> pattern(node, id, scope);
            case "path-root" -> new PathRootHandle(scope, texts(node, id, "on_deny", "explanation"),
                    texts(node, id, "traversal_on_deny", "traversal_explanation"), required(node, "unconfined", id));
            case "amount-cap" -> new AmountCapHandle(scope, List.copyOf(texts(node.path("minor_unit_words"))),
                    texts(node, id, "on_deny", "explanation"), texts(node, id, "text_on_deny", "text_explanation"),
                    required(node, "uncapped", id));
            default -> throw new IllegalArgumentException("handle " + id + ": unknown kind '" + kind
                    + "', expected pattern, path-root or amount-cap");
        };
    }

    private static PatternHandle pattern(JsonNode node, String id, HandleScope scope) {
        String regex = required(node, "regex", id);
        Pattern.compile(regex);
        if (regex.contains("(?=") || regex.contains("(?!") || regex.contains("(?<")) {
            throw new IllegalArgumentException("handle " + id + ": no look-around, so that RE2 gateways can run it");
        }
        List<String> wildcards = List.copyOf(texts(node.path("wildcards")));
        if (wildcards.isEmpty()) {
            throw new IllegalArgumentException("handle " + id + ": a pattern needs wildcards for Cedar");
        }
        return new PatternHandle(scope, regex, new Wildcards(wildcards, false), required(node, "on_deny", id),
                required(node, "explanation", id));
    }

    private static Set<Category> categories(JsonNode node) {
        Set<Category> categories = new LinkedHashSet<>();
        node.path("categories").forEach(c -> categories.add(Category.fromLabel(c.asText())));
        return categories;
    }

    private static Set<String> texts(JsonNode list) {
        Set<String> texts = new LinkedHashSet<>();
        list.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static HandleTexts texts(JsonNode node, String id, String onDeny, String explanation) {
        return new HandleTexts(required(node, onDeny, id), required(node, explanation, id));
    }

    private static String required(JsonNode node, String field, String id) {
        String text = node.path(field).asText("");
        if (text.isBlank()) {
            throw new IllegalArgumentException("handle " + id + ": missing '" + field + "'");
        }
        return text;
    }
}

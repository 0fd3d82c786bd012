package io.mcpcatalog.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mcpcatalog.classify.Category;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The profiles an operator can choose from, in the order of policy/profiles.yaml, and the default one. */
public record PolicyProfiles(List<PolicyProfile> all, String defaultId) {

    public static final String DEFAULT_RESOURCE = "policy/profiles.yaml";

    public PolicyProfiles {
        all = List.copyOf(all);
        if (all.stream().noneMatch(profile -> profile.id().equals(defaultId))) {
            throw new IllegalArgumentException("the default profile '" + defaultId + "' is not defined");
        }
    }

    public PolicyProfile byDefault() {
        return byId(defaultId);
    }

    /** The profile with this id; an IllegalArgumentException naming the valid ids otherwise. */
    public PolicyProfile byId(String id) {
        return all.stream().filter(profile -> profile.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown profile '" + id + "': use one of "
                        + String.join(", ", all.stream().map(PolicyProfile::id).toList())));
    }

    public static PolicyProfiles loadDefault() {
        try (InputStream in = PolicyProfiles.class.getClassLoader().getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + DEFAULT_RESOURCE);
            }
            return load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    public static PolicyProfiles load(InputStream yaml) throws IOException {
        JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        List<PolicyProfile> profiles = new ArrayList<>();
        for (JsonNode node : root.path("profiles")) {
            Map<Category, CategoryDefaults> categories = new EnumMap<>(Category.class);
            node.path("categories").fields().forEachRemaining(entry ->
                    categories.put(Category.fromLabel(entry.getKey()), defaults(entry.getValue())));
            profiles.add(new PolicyProfile(node.path("id").asText(), node.path("summary").asText(),
                    node.path("amount_cap").asLong(0), categories));
        }
        return new PolicyProfiles(profiles, root.path("default").asText());
    }

    private static CategoryDefaults defaults(JsonNode node) {
        JsonNode limit = node.path("limit");
        return new CategoryDefaults(limit.path("window").asText(""), limit.path("max").asInt(0),
                node.path("blocked").asBoolean(false), node.path("hidden").asBoolean(false));
    }
}

package io.mcpcatalog.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The sources behind one entry of an MCP registry (a {@code server.json}): its repository becomes a git source
 * (with the entry's sub-folder) and each npm or PyPI package an introspection source of kind npm or pypi, with the
 * package's arguments that have a fixed value or default, and its environment variables set to their value or to
 * a dummy. Only web (http/https) repositories are followed: a registry's entries are not trusted. Other package
 * types and remotes are left out. Plain Java.
 */
final class RegistryEntries {

    static final String DUMMY = "dummy";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> PACKAGE_KINDS = Set.of("npm", "pypi");

    private RegistryEntries() {
    }

    static List<CrawlSource> sources(JsonNode server) {
        List<CrawlSource> sources = new ArrayList<>();
        String name = server.path("title").asText(server.path("name").asText(""));
        JsonNode repository = server.path("repository");
        if (repository.path("url").asText("").matches("^https?://\\S+$")) {
            ObjectNode spec = JSON.createObjectNode().put("kind", "git")
                    .put("repository", repository.get("url").asText());
            String subfolder = repository.path("subfolder").asText("").replaceAll("^/+|/+$", "");
            if (!subfolder.isEmpty() && !subfolder.matches("(^|.*/)\\.\\.?(/.*|$)")) {
                spec.put("path", subfolder);
            }
            putName(spec, name);
            sources.add(SourceDefinitions.gitSource(spec, null));
        }
        for (JsonNode pack : server.path("packages")) {
            String kind = pack.path("registryType").asText("").toLowerCase(Locale.ROOT);
            String identifier = pack.path("identifier").asText("");
            if (PACKAGE_KINDS.contains(kind) && !identifier.isEmpty()) {
                sources.add(packageSource(kind, identifier, pack, name));
            }
        }
        return sources;
    }

    private static CrawlSource packageSource(String kind, String identifier, JsonNode pack, String name) {
        ObjectNode spec = JSON.createObjectNode().put("kind", kind).put("package", identifier);
        String version = pack.path("version").asText("");
        if (!version.isEmpty()) {
            spec.put("version", version);
        }
        ArrayNode args = spec.putArray("args");
        for (JsonNode argument : pack.path("packageArguments")) {
            String value = valueOf(argument);
            if (value == null) {
                continue;
            }
            if (argument.path("type").asText().equals("named")) {
                args.add(argument.path("name").asText());
            }
            args.add(value);
        }
        ObjectNode env = spec.putObject("env");
        for (JsonNode variable : pack.path("environmentVariables")) {
            String value = valueOf(variable);
            env.put(variable.path("name").asText(), value == null ? DUMMY : value);
        }
        putName(spec, name);
        String separator = kind.equals("npm") ? "@" : "==";
        return new CrawlSource(kind, version.isEmpty() ? identifier : identifier + separator + version, spec, null);
    }

    /** The argument's fixed value or default, unless it is a template that asks the user ("{token}"). */
    private static String valueOf(JsonNode input) {
        String value = input.path("value").asText(input.path("default").asText(""));
        return value.isEmpty() || value.contains("{") ? null : value;
    }

    private static void putName(ObjectNode spec, String name) {
        if (!name.isEmpty()) {
            spec.put("name", name);
        }
    }
}

package io.mcpcatalog.extract.typescript;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.WeakHashMap;

/**
 * Finds the file an import specifier names: relative paths (a `.js` specifier may name a `.ts` file, a folder its
 * index file), tsconfig `paths` aliases, and packages of the same repository (workspaces) by their package.json name.
 */
final class Modules {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
            .build();
    private static final List<String> EXTENSIONS = List.of(".ts", ".mts", ".cts", ".js", ".mjs", ".cjs", ".jsx");
    private static final Map<SourceIndex, Map<String, String>> PACKAGES = Collections.synchronizedMap(new WeakHashMap<>());

    private final SourceIndex index;
    private final Map<String, Optional<JsonNode>> tsconfigs = new HashMap<>();

    Modules(SourceIndex index) {
        this.index = index;
    }

    /** The parsed file {@code specifier} names when imported from {@code fromPath}. */
    Optional<ParsedFile> resolve(String fromPath, String specifier) {
        try {
            return Optional.ofNullable(resolvePath(fromPath, specifier)).flatMap(index::parsed);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private String resolvePath(String fromPath, String specifier) {
        if (specifier.startsWith(".")) {
            return file(SourceIndex.resolve(fromPath, specifier));
        }
        String aliased = viaTsconfig(fromPath, specifier);
        if (aliased != null) {
            return aliased;
        }
        return viaWorkspace(specifier);
    }

    /** The source file a path without or with a (possibly substituted) extension names. */
    private String file(String base) {
        if (base == null) {
            return null;
        }
        List<String> candidates = new ArrayList<>();
        candidates.add(base);
        String stem = base.replaceFirst("\\.(js|jsx|mjs|cjs|ts|mts|cts)$", "");
        for (String extension : EXTENSIONS) {
            candidates.add(stem + extension);
        }
        for (String extension : EXTENSIONS) {
            candidates.add(base + "/index" + extension);
        }
        for (String candidate : candidates) {
            if (index.exists(candidate) && index.parsed(candidate).isPresent()) {
                return candidate;
            }
        }
        return null;
    }

    private String viaTsconfig(String fromPath, String specifier) {
        for (String dir = parent(fromPath); dir != null; dir = parent(dir)) {
            String config = dir.isEmpty() ? "tsconfig.json" : dir + "/tsconfig.json";
            Optional<JsonNode> json = tsconfig(config);
            if (json.isEmpty()) {
                continue;
            }
            String found = viaPaths(json.get(), dir, specifier);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private String viaPaths(JsonNode config, String dir, String specifier) {
        JsonNode options = config.path("compilerOptions");
        String baseUrl = options.path("baseUrl").asText(".");
        String base = SourceIndex.resolve(dir.isEmpty() ? "x" : dir + "/x", baseUrl);
        for (Map.Entry<String, JsonNode> entry : iterable(options.path("paths"))) {
            String pattern = entry.getKey();
            String rest;
            if (pattern.endsWith("*") && specifier.startsWith(pattern.substring(0, pattern.length() - 1))) {
                rest = specifier.substring(pattern.length() - 1);
            } else if (pattern.equals(specifier)) {
                rest = "";
            } else {
                continue;
            }
            for (JsonNode target : entry.getValue()) {
                String relative = target.asText().replace("*", rest);
                String found = file(SourceIndex.resolve(base == null || base.isEmpty() ? "x" : base + "/x", relative));
                if (found != null) {
                    return found;
                }
            }
        }
        if (options.has("baseUrl") && !specifier.startsWith("@")) {
            return file(SourceIndex.resolve(base == null || base.isEmpty() ? "x" : base + "/x", specifier));
        }
        return null;
    }

    private Optional<JsonNode> tsconfig(String path) {
        return tsconfigs.computeIfAbsent(path, p -> index.text(p).flatMap(Modules::json));
    }

    private String viaWorkspace(String specifier) {
        String[] parts = specifier.split("/");
        int nameParts = specifier.startsWith("@") ? 2 : 1;
        if (parts.length < nameParts) {
            return null;
        }
        String name = String.join("/", List.of(parts).subList(0, nameParts));
        String dir = packages().get(name);
        if (dir == null) {
            return null;
        }
        String prefix = dir.isEmpty() ? "" : dir + "/";
        if (parts.length > nameParts) {
            String sub = String.join("/", List.of(parts).subList(nameParts, parts.length));
            String found = file(prefix + sub);
            return found != null ? found : file(prefix + "src/" + sub);
        }
        for (String entry : List.of("src/index", "index", "src/main", "lib/index")) {
            String found = file(prefix + entry);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Package name to folder, for every package.json beside the tree's sources. */
    private Map<String, String> packages() {
        return PACKAGES.computeIfAbsent(index, ignored -> {
            Map<String, String> byName = new TreeMap<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String path : index.paths()) {
                for (String dir = parent(path); dir != null && seen.add(dir); dir = parent(dir)) {
                    String manifest = dir.isEmpty() ? "package.json" : dir + "/package.json";
                    if (index.exists(manifest)) {
                        String folder = dir;
                        index.text(manifest).flatMap(Modules::json).map(j -> j.path("name").asText(""))
                                .filter(n -> !n.isEmpty()).ifPresent(n -> byName.putIfAbsent(n, folder));
                    }
                }
            }
            return byName;
        });
    }

    private static String parent(String path) {
        if (path.isEmpty()) {
            return null;
        }
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    private static Optional<JsonNode> json(String text) {
        try {
            return Optional.of(JSON.readTree(text));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }
}

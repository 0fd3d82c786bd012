package io.mcpcatalog.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns a source definition (one source, or {@code sources: [...]}) into crawl sources: checks it against
 * {@code crawl/sources.schema.json}, then expands it (a git definition with several repositories is one source per
 * repository). Plain Java: the caller reads the files.
 */
public final class SourceDefinitions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private SourceDefinitions() {
    }

    /** The sources of a document, or every problem it has (as "$.where: what"); never both. */
    public record Result(List<CrawlSource> sources, List<String> problems) {
    }

    /** @param base the folder that relative file paths in the document (a registry's {@code file}) are relative to */
    public static Result read(JsonNode document, Path base) {
        List<String> problems = SCHEMA.validate(document).stream()
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString()))
                .map(ValidationMessage::getMessage).distinct().toList();
        if (!problems.isEmpty()) {
            return new Result(List.of(), problems);
        }
        List<CrawlSource> sources = new ArrayList<>();
        List<String> found = new ArrayList<>();
        if (document.has("sources")) {
            for (int i = 0; i < document.get("sources").size(); i++) {
                expand((ObjectNode) document.get("sources").get(i), "$.sources[" + i + "]", base, sources, found);
            }
        } else {
            expand((ObjectNode) document, "$", base, sources, found);
        }
        return found.isEmpty() ? new Result(List.copyOf(sources), List.of()) : new Result(List.of(), found);
    }

    private static void expand(ObjectNode definition, String at, Path base, List<CrawlSource> out, List<String> problems) {
        Duration recrawl = Duration.parse(definition.get("recrawl").asText());
        if (recrawl.isZero()) {
            problems.add(at + ".recrawl: must be longer than zero");
            return;
        }
        String kind = definition.get("kind").asText();
        switch (kind) {
            case "git" -> expandGit(definition, at, recrawl, out, problems);
            case "registry" -> expandRegistry(definition, at, base, recrawl, out, problems);
            case "npm" -> out.add(new CrawlSource(kind, npmSource(definition), definition, recrawl));
            case "mcp-stdio" -> out.add(new CrawlSource(kind, commandLine(definition), definition, recrawl));
            default -> out.add(new CrawlSource(kind, definition.get("url").asText(), definition, recrawl));
        }
    }

    private static void expandGit(ObjectNode definition, String at, Duration recrawl, List<CrawlSource> out,
                                  List<String> problems) {
        if (definition.has("repository") == definition.has("repositories")) {
            problems.add(at + ": a git source needs either 'repository' or 'repositories', not both");
            return;
        }
        if (definition.has("repository")) {
            out.add(gitSource(definition, recrawl));
            return;
        }
        if (definition.has("path") || definition.has("commit") || definition.has("name")) {
            problems.add(at + ": 'path', 'commit' and 'name' go with 'repository'; with 'repositories' give them per repository");
            return;
        }
        for (JsonNode item : definition.get("repositories")) {
            ObjectNode spec = item.isTextual() ? JSON.createObjectNode().put("repository", item.asText()) : (ObjectNode) item.deepCopy();
            spec.put("kind", "git").put("recrawl", definition.get("recrawl").asText());
            out.add(gitSource(spec, recrawl));
        }
    }

    /** A git source from a spec with {@code repository} and optional {@code path}, {@code commit}, {@code name}. */
    static CrawlSource gitSource(ObjectNode spec, Duration recrawl) {
        String repository = spec.get("repository").asText();
        String source = spec.has("commit") ? repository + "#" + spec.get("commit").asText() : repository;
        return new CrawlSource("git", source, spec, recrawl);
    }

    private static void expandRegistry(ObjectNode definition, String at, Path base, Duration recrawl,
                                       List<CrawlSource> out, List<String> problems) {
        if (definition.has("file") == definition.has("url")) {
            problems.add(at + ": a registry source needs either 'file' or 'url', not both");
            return;
        }
        ObjectNode spec = definition.deepCopy();
        if (spec.has("file")) {
            spec.put("file", base.resolve(spec.get("file").asText()).toAbsolutePath().normalize().toString());
        }
        out.add(new CrawlSource("registry", spec.has("file") ? spec.get("file").asText() : spec.get("url").asText(),
                spec, recrawl));
    }

    static String npmSource(JsonNode spec) {
        String name = spec.get("package").asText();
        return spec.hasNonNull("version") ? name + "@" + spec.get("version").asText() : name;
    }

    private static String commandLine(JsonNode spec) {
        StringBuilder line = new StringBuilder(spec.get("command").asText());
        spec.path("args").forEach(arg -> line.append(' ').append(arg.asText()));
        return line.toString();
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = SourceDefinitions.class.getClassLoader().getResourceAsStream("crawl/sources.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("missing resource crawl/sources.schema.json");
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().errorMessageKeyword("message")
                    .pathType(PathType.JSON_PATH).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(in), config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.mcpcatalog.classify.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mcpcatalog.extract.ToolAnnotations;
import io.mcpcatalog.extract.ToolParam;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * Reads the labelled corpus: {@code corpus/index.yaml} lists one YAML file per server (a classpath directory
 * cannot be listed inside a jar); corpus/README.md describes the fields. Unknown fields are refused, so a typo
 * in a file fails loudly instead of silently dropping a label.
 */
public final class CorpusLoader {

    public static final String DIRECTORY = "corpus/";
    public static final String INDEX = "index.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private record IndexFile(List<String> files) {
    }

    private record ServerFile(String server, @JsonProperty("server_name") String serverName,
                              @JsonProperty("server_description") String serverDescription, String domain,
                              String split, Map<String, String> source, List<ToolEntry> tools) {
    }

    private record ToolEntry(String name, String description, List<ToolParam> params, ToolAnnotations annotations,
                             String label, String reason, Map<String, String> source) {
    }

    private CorpusLoader() {
    }

    /** The checked corpus shipped in this application's resources; throws IllegalStateException listing problems. */
    public static List<CorpusTool> fromClasspath() {
        List<CorpusRecord> records = recordsFromClasspath();
        List<String> problems = CorpusCheck.problems(records);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("corpus has " + problems.size() + " problem(s):\n  "
                    + String.join("\n  ", problems));
        }
        return CorpusCheck.tools(records);
    }

    /** Every record as written, unchecked. */
    public static List<CorpusRecord> recordsFromClasspath() {
        ClassLoader classLoader = CorpusLoader.class.getClassLoader();
        return records(file -> {
            try (InputStream in = classLoader.getResourceAsStream(DIRECTORY + file)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Loads the index and every file it lists; {@code readFile} gives a file's text by name, or null. */
    public static List<CorpusRecord> records(Function<String, String> readFile) {
        IndexFile index = read(INDEX, readFile.apply(INDEX), IndexFile.class);
        if (index.files() == null || index.files().isEmpty()) {
            throw new IllegalArgumentException(DIRECTORY + INDEX + ": lists no files under 'files'");
        }
        List<CorpusRecord> records = new ArrayList<>();
        for (String file : index.files()) {
            ServerFile server = read(file, readFile.apply(file), ServerFile.class);
            for (ToolEntry tool : server.tools() == null ? List.<ToolEntry>of() : server.tools()) {
                // A tool's own source, when given, is more precise than its server's.
                Map<String, String> source = tool.source() != null ? tool.source() : server.source();
                records.add(new CorpusRecord(file, server.server(), server.serverName(), server.serverDescription(),
                        server.split(), tool.name(), tool.description(), tool.params(), tool.annotations(),
                        tool.label(), tool.reason(), sourceText(source)));
            }
        }
        return List.copyOf(records);
    }

    /** "package@version (method)" or "owner/repo@commit:file (method)"; null when nothing says where from. */
    static String sourceText(Map<String, String> source) {
        if (source == null) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>(source);
        String origin = fields.containsKey("package") ? fields.get("package")
                : fields.containsKey("repository") && fields.containsKey("commit")
                ? fields.get("repository") + "@" + fields.get("commit")
                + (fields.containsKey("file") ? ":" + fields.get("file") : "") : null;
        if (origin == null || origin.isBlank()) {
            return null;
        }
        StringJoiner text = new StringJoiner(" ");
        text.add(origin);
        if (fields.get("method") != null) {
            text.add("(" + fields.get("method") + ")");
        }
        return text.toString();
    }

    private static <T> T read(String file, String text, Class<T> type) {
        if (text == null) {
            throw new IllegalArgumentException(DIRECTORY + file + ": file not found");
        }
        try {
            return YAML.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(DIRECTORY + file + ": " + e.getOriginalMessage(), e);
        }
    }
}

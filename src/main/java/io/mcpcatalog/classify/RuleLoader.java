package io.mcpcatalog.classify;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.mcpcatalog.extract.ToolAnnotations;
import io.mcpcatalog.extract.ToolDefinition;
import io.mcpcatalog.extract.ToolParam;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads the rule files listed in {@code rules/index.yaml} (a classpath directory cannot be listed inside a jar)
 * and compiles them, refusing a rule set with any malformed rule. The file format is described in the index.
 */
public final class RuleLoader {

    public static final String DIRECTORY = "rules/";
    public static final String INDEX = "index.yaml";
    private static final Set<String> SEVERITIES = Set.of("low", "medium", "high", "critical");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private record IndexFile(List<String> rules, @JsonProperty("server_kinds") Map<String, String> serverKinds) {
    }

    private record RuleFile(String id, String category, String severity, String capability, String field,
                            String pattern, Double weight, String reason, List<String> negates,
                            @JsonProperty("whole_words") Boolean wholeWords,
                            @JsonProperty("server_kind") String serverKind, ExamplesFile examples) {
    }

    private record ExamplesFile(List<ExampleTool> match, @JsonProperty("no_match") List<ExampleTool> noMatch) {
    }

    private record ExampleTool(String name, String description, List<ToolParam> params,
                               ToolAnnotations annotations, ExampleServer server) {
    }

    private record ExampleServer(String name, String description) {
    }

    private RuleLoader() {
    }

    /** The rules shipped in this application's {@code rules/} resources. */
    public static List<Rule> fromClasspath() {
        ClassLoader classLoader = RuleLoader.class.getClassLoader();
        return load(file -> {
            try (InputStream in = classLoader.getResourceAsStream(DIRECTORY + file)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Loads the index and every rule it lists; {@code readFile} gives a file's text by name, or null. */
    public static List<Rule> load(Function<String, String> readFile) {
        IndexFile index = read(INDEX, readFile.apply(INDEX), IndexFile.class);
        require(index.rules() != null && !index.rules().isEmpty(), INDEX, "lists no rule files under 'rules'");
        Map<String, ServerKind> kinds;
        try {
            kinds = ServerKind.compileAll(index.serverKinds());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(DIRECTORY + INDEX + ": " + e.getMessage(), e);
        }
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (String file : index.rules()) {
            Rule rule = parse(file, readFile.apply(file), kinds);
            require(ids.add(rule.id()), file, "duplicate rule id '" + rule.id() + "'");
            rules.add(rule);
        }
        return List.copyOf(rules);
    }

    /** Parses and checks one rule file; {@code text} null means the file is missing. */
    static Rule parse(String file, String text, Map<String, ServerKind> kinds) {
        RuleFile raw = read(file, text, RuleFile.class);
        require(file.endsWith(".yaml") && file.equals(raw.id() + ".yaml"), file,
                "id '" + raw.id() + "' must equal the file name without .yaml");
        long ruleKinds = Stream.of(raw.category(), raw.severity(), raw.capability()).filter(Objects::nonNull).count();
        require(ruleKinds == 1, file, "needs exactly one of 'category' (a classification rule), 'severity' (a finding"
                + " rule) or 'capability' (a capability tag)");
        require(raw.severity() == null || SEVERITIES.contains(raw.severity()), file,
                "severity must be one of " + SEVERITIES);
        boolean weightFits = raw.category() == null ? raw.weight() == null
                : raw.weight() != null && raw.weight() > 0 && raw.weight() <= 1;
        require(weightFits, file, "a category rule needs a weight in (0, 1], a finding or capability rule none");
        require(raw.negates() == null || raw.category() != null, file, "only a category rule negates categories");
        require(raw.reason() != null && !raw.reason().isBlank(), file, "needs a reason");
        require(raw.pattern() != null && !raw.pattern().isBlank(), file, "needs a pattern");
        require(raw.examples() != null && notEmpty(raw.examples().match()) && notEmpty(raw.examples().noMatch()),
                file, "needs at least one 'match' and one 'no_match' example");
        require(raw.serverKind() == null || kinds.containsKey(raw.serverKind()), file,
                "unknown server_kind '" + raw.serverKind() + "', known: " + kinds.keySet());
        RuleExamples examples = new RuleExamples(tools(file, raw.examples().match()),
                tools(file, raw.examples().noMatch()));
        boolean wholeWords = raw.wholeWords() == null || raw.wholeWords();
        try {
            return new Rule(raw.id(), raw.category() == null ? null : Category.fromLabel(raw.category()),
                    raw.severity(), raw.capability() == null ? null : Capability.fromLabel(raw.capability()),
                    Field.fromLabel(raw.field()), RulePattern.compile(raw.pattern(), wholeWords),
                    raw.weight() == null ? 0 : raw.weight(), raw.reason().strip(), categories(raw.negates()),
                    raw.serverKind() == null ? null : kinds.get(raw.serverKind()), examples);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(DIRECTORY + file + ": " + e.getMessage(), e);
        }
    }

    private static Set<Category> categories(List<String> labels) {
        Set<Category> categories = EnumSet.noneOf(Category.class);
        for (String label : labels == null ? List.<String>of() : labels) {
            categories.add(Category.fromLabel(label));
        }
        return categories;
    }

    private static List<RuleExamples.Example> tools(String file, List<ExampleTool> examples) {
        List<RuleExamples.Example> tools = new ArrayList<>(examples.size());
        for (ExampleTool example : examples) {
            require(example.name() != null && !example.name().isBlank(), file, "an example needs a name");
            ExampleServer server = example.server();
            tools.add(new RuleExamples.Example(new ToolDefinition(example.name(), example.description(),
                    example.params(), null, example.annotations(), null), server == null ? ServerContext.UNKNOWN
                    : new ServerContext(orEmpty(server.name()), orEmpty(server.description()))));
        }
        return tools;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    private static <T> T read(String file, String text, Class<T> type) {
        require(text != null, file, "file not found");
        try {
            return YAML.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(DIRECTORY + file + ": " + e.getOriginalMessage(), e);
        }
    }

    private static boolean notEmpty(List<?> list) {
        return list != null && !list.isEmpty();
    }

    private static void require(boolean condition, String file, String message) {
        if (!condition) {
            throw new IllegalArgumentException(DIRECTORY + file + ": " + message);
        }
    }
}

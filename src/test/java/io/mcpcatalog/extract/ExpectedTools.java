package io.mcpcatalog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Compares extracted tools with a fixture's expected.json:
 * {"tools":[{"name", "description"?, "partialDescription"?, "file"?, "line"?, "pattern"?,
 *            "params"?: [{"name","type"?,"required"?,"description"?}], "annotations"?: {...}, "aliases"?: [...]}]}.
 * The set of names must be exactly the expected one; each other field is checked when the fixture gives it.
 */
public final class ExpectedTools {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ExpectedTools() {
    }

    /**
     * One test per fixture folder of a language (extract/fixtures/&lt;language&gt;/&lt;pattern-id&gt;/, so a new folder
     * needs no code): the extractors run over the folder and must find what its expected.json says.
     */
    public static Stream<DynamicTest> fixtureTests(String language, List<LanguageExtractor> extractors) {
        String root = "extract/fixtures/" + language;
        List<Path> folders;
        try (Stream<Path> children = Files.list(FixtureTrees.folder(root))) {
            folders = children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(folders.isEmpty(), "no fixture folders under " + root);
        return folders.stream().map(folder -> DynamicTest.dynamicTest(language + "/" + folder.getFileName(), () -> {
            String resource = root + "/" + folder.getFileName();
            SourceTree tree = FixtureTrees.load(resource);
            List<ExtractedTool> found = new ArrayList<>();
            for (LanguageExtractor extractor : extractors) {
                found.addAll(extractAll(tree, extractor));
            }
            assertMatches(resource + "/expected.json", found);
        }));
    }

    /** Runs one extractor over every source file of the tree, as the scanner would. */
    public static List<ExtractedTool> extractAll(SourceTree tree, LanguageExtractor extractor) {
        List<ExtractedTool> found = new ArrayList<>();
        for (String path : tree.paths()) {
            tree.parsed(path).filter(file -> extractor.languages().contains(file.language()))
                    .ifPresent(file -> found.addAll(extractor.extract(file, tree)));
        }
        return found;
    }

    public static void assertMatches(String expectedJson, List<ExtractedTool> found) {
        JsonNode expected = read(expectedJson);
        Map<String, ExtractedTool> byName = found.stream()
                .collect(Collectors.toMap(ExtractedTool::name, Function.identity(), (a, b) -> a));
        TreeSet<String> expectedNames = new TreeSet<>();
        expected.path("tools").forEach(tool -> expectedNames.add(tool.path("name").asText()));
        assertEquals(expectedNames, new TreeSet<>(found.stream().map(ExtractedTool::name).toList()), "tool names");
        assertEquals(expectedNames.size(), found.size(), "each tool found once");
        for (JsonNode tool : expected.path("tools")) {
            ExtractedTool actual = byName.get(tool.path("name").asText());
            assertNotNull(actual);
            String name = actual.name();
            ToolDefinition d = actual.definition();
            if (tool.has("description")) {
                assertEquals(tool.get("description").asText(), d.description(), name + " description");
            }
            if (tool.has("partialDescription")) {
                assertEquals(tool.get("partialDescription").asBoolean(), actual.partialDescription(), name + " partial");
            }
            if (tool.has("file")) {
                assertEquals(tool.get("file").asText(), d.source().file(), name + " file");
            }
            if (tool.has("line")) {
                assertEquals(tool.get("line").asInt(), d.source().line(), name + " line");
            }
            if (tool.has("pattern")) {
                assertEquals(tool.get("pattern").asText(), d.source().pattern(), name + " pattern");
            }
            if (tool.has("aliases")) {
                assertEquals(JSON.convertValue(tool.get("aliases"), List.class), actual.aliases(), name + " aliases");
            }
            if (tool.has("annotations")) {
                JsonNode declared = JSON.valueToTree(d.annotations());
                for (String field : fieldNames(tool.get("annotations"))) {
                    assertEquals(tool.get("annotations").get(field), declared.get(field), name + " annotation " + field);
                }
            }
            if (tool.has("params")) {
                assertParams(name, tool.get("params"), d.params());
            }
        }
    }

    private static void assertParams(String tool, JsonNode expected, List<ToolParam> actual) {
        assertEquals(expected.size(), actual.size(), tool + " param count: " + actual);
        for (int i = 0; i < expected.size(); i++) {
            JsonNode e = expected.get(i);
            ToolParam a = actual.get(i);
            assertEquals(e.path("name").asText(), a.name(), tool + " param " + i + " name");
            if (e.has("type")) {
                assertEquals(e.get("type").asText(), a.type(), tool + "." + a.name() + " type");
            }
            if (e.has("required")) {
                assertEquals(e.get("required").asBoolean(), a.required(), tool + "." + a.name() + " required");
            }
            if (e.has("description")) {
                assertEquals(e.get("description").isNull() ? null : e.get("description").asText(), a.description(),
                        tool + "." + a.name() + " description");
            }
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode read(String resource) {
        try (var in = ExpectedTools.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no expected file " + resource);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.mcpcatalog.classify;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.mcpcatalog.classify.TestTools.tool;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Capability rules tag a tool beside its category and never weigh toward one. */
class CapabilityTagTest {

    /** In index order: the first rule listed for a capability gives its evidence. */
    private static final Map<String, String> FILES = orderedMap(
            "name-delete.yaml", rule("name-delete", "category: Destructive\nweight: 0.9", "name", "delete"),
            "capability-shell-param.yaml",
            rule("capability-shell-param", "capability: shell", "param", "^command string$"),
            "capability-filesystem-description.yaml",
            rule("capability-filesystem-description", "capability: filesystem", "description", "file ?system"),
            "capability-filesystem-param.yaml",
            rule("capability-filesystem-param", "capability: filesystem", "param", "^(?:\\w+ )?path string$"));
    private static final ToolClassifier CLASSIFIER = new ToolClassifier(load());

    /** The search filters of the API, the MCP tool and the search page read their values this way. */
    @Test
    void aFilterValueIsSpelledAsTheTaxonomySpellsItAndABlankOneFiltersNothing() {
        assertEquals("shell", Labelled.optional(" Shell ", Capability::fromLabel));
        assertEquals("Destructive", Labelled.optional("destructive", Category::fromLabel));
        assertEquals("High", Labelled.optional("HIGH", Risk::fromLabel));
        assertNull(Labelled.optional(null, Capability::fromLabel));
        assertNull(Labelled.optional("  ", Risk::fromLabel));
        assertThrows(IllegalArgumentException.class, () -> Labelled.optional("files", Capability::fromLabel));
    }

    @Test
    void tagsInCapabilityOrderWithTheFirstEvidenceOfEach() {
        Classification c = CLASSIFIER.classify(tool("delete_file", "Deletes a file from the file system.",
                "command", "file_path"), ServerContext.UNKNOWN);
        assertEquals(Category.DESTRUCTIVE, c.category());
        assertEquals(List.of("filesystem", "shell"), c.capabilityLabels());
        CapabilityTag filesystem = c.capabilities().get(0);
        assertEquals("capability-filesystem-description", filesystem.evidence().rule());
        assertEquals("file system", filesystem.evidence().text());
        assertEquals(List.of("name-delete"), c.evidence().stream().map(Evidence::rule).toList());
    }

    @Test
    void aCapabilityTagChangesNoCategoryAndANegatedMentionTagsNothing() {
        Classification c = CLASSIFIER.classify(tool("summarize", "Summarizes text. It never touches the file system."),
                ServerContext.UNKNOWN);
        assertEquals(Category.WRITE, c.category());
        assertEquals(List.of(), c.capabilities());
        assertEquals(List.of(), c.evidence());
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static List<Rule> load() {
        Map<String, String> all = new HashMap<>(FILES);
        all.put(RuleLoader.INDEX, "rules: " + List.copyOf(FILES.keySet()));
        return RuleLoader.load(all::get);
    }

    private static String rule(String id, String kind, String field, String pattern) {
        return "id: " + id + "\n" + kind + "\nfield: " + field + "\npattern: '" + pattern + "'\nreason: says so\n"
                + "examples:\n  match: [{name: x}]\n  no_match: [{name: y}]\n";
    }
}

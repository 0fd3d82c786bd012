package io.mcpcatalog.classify;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A malformed rule set never loads: each check RuleExamplesTest relies on, shown on a small bad rule. */
class RuleLoaderTest {

    private static final String VALID = """
            id: name-delete
            category: Destructive
            field: name
            pattern: 'delete'
            weight: 0.9
            reason: deletes something
            examples:
              match: [{name: delete_file}]
              no_match: [{name: list_files}]
            """;

    @Test
    void loadsAValidRule() {
        List<Rule> rules = load(Map.of("name-delete.yaml", VALID));
        assertEquals(1, rules.size());
        assertEquals(Category.DESTRUCTIVE, rules.get(0).category());
        assertEquals(Field.NAME, rules.get(0).field());
    }

    @Test
    void rejectsAnIdThatIsNotTheFileName() {
        assertRejected("must equal the file name", Map.of("name-remove.yaml", VALID), "name-remove.yaml");
    }

    @Test
    void rejectsADuplicateId() {
        assertRejected("duplicate rule id", Map.of("name-delete.yaml", VALID), "name-delete.yaml", "name-delete.yaml");
    }

    @Test
    void rejectsAnUnknownCategoryOrField() {
        assertRejected("unknown category", Map.of("name-delete.yaml", VALID.replace("Destructive", "Dangerous")));
        assertRejected("unknown field", Map.of("name-delete.yaml", VALID.replace("field: name", "field: title")));
    }

    @Test
    void rejectsARuleWithoutBothKindsOfExample() {
        assertRejected("'no_match' example",
                Map.of("name-delete.yaml", VALID.replace("  no_match: [{name: list_files}]\n", "")));
    }

    @Test
    void rejectsAMissingFileATypoedKeyAndACapitalInThePattern() {
        assertRejected("file not found", Map.of(), "name-delete.yaml");
        assertRejected("Unrecognized field", Map.of("name-delete.yaml", VALID.replace("reason:", "reasons:")));
        assertRejected("lower-case", Map.of("name-delete.yaml", VALID.replace("'delete'", "'Delete'")));
    }

    private static List<Rule> load(Map<String, String> files, String... listed) {
        Map<String, String> all = new HashMap<>(files);
        List<String> index = listed.length == 0 ? List.copyOf(files.keySet()) : List.of(listed);
        all.put(RuleLoader.INDEX, "rules: " + index);
        return RuleLoader.load(all::get);
    }

    private static void assertRejected(String reason, Map<String, String> files, String... listed) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> load(files, listed));
        assertTrue(error.getMessage().contains(reason), error.getMessage());
    }
}

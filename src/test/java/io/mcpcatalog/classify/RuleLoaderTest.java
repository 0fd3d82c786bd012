package io.mcpcatalog.classify;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    @Test
    void limitsARuleToAServerKindOfTheIndex() {
        String gated = VALID.replace("reason:", "server_kind: shell\nreason:");
        Rule rule = load(Map.of("name-delete.yaml", gated)).get(0);
        assertTrue(rule.admits(new ServerContext("mcp-shell-server", "")));
        assertTrue(rule.admits(new ServerContext("tools", "Runs commands in a shell")));
        assertFalse(rule.admits(new ServerContext("shellfish-recipes", "")));
        assertFalse(rule.admits(ServerContext.UNKNOWN));
        assertTrue(load(Map.of("name-delete.yaml", VALID)).get(0).admits(ServerContext.UNKNOWN));
    }

    @Test
    void rejectsAnUnknownServerKindAndABadKindPattern() {
        assertRejected("unknown server_kind 'payments'",
                Map.of("name-delete.yaml", VALID.replace("reason:", "server_kind: payments\nreason:")));
        Map<String, String> files = new HashMap<>(Map.of("name-delete.yaml", VALID));
        files.put(RuleLoader.INDEX, "rules: [name-delete.yaml]\nserver_kinds: {shell: 'Shell'}");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> RuleLoader.load(files::get));
        assertTrue(error.getMessage().contains("lower-case"), error.getMessage());
    }

    @Test
    void loadsACapabilityRuleAndRejectsOneThatAlsoWeighsOrNegates() {
        String shell = """
                id: capability-shell-param
                capability: shell
                field: param
                pattern: '^command string$'
                reason: takes a shell command
                examples:
                  match: [{name: run, params: [{name: command, type: string}]}]
                  no_match: [{name: run, params: [{name: script_id, type: string}]}]
                """;
        Rule rule = load(Map.of("capability-shell-param.yaml", shell)).get(0);
        assertEquals(Capability.SHELL, rule.capability());
        assertFalse(rule.isCategoryRule());
        assertRejected("a finding or capability rule none",
                Map.of("capability-shell-param.yaml", shell + "weight: 0.5\n"));
        assertRejected("only a category rule negates",
                Map.of("capability-shell-param.yaml", shell + "negates: [Read]\n"));
        assertRejected("exactly one of", Map.of("capability-shell-param.yaml", shell + "category: Execute\n"));
        assertRejected("unknown capability 'terminal'",
                Map.of("capability-shell-param.yaml", shell.replace("capability: shell", "capability: terminal")));
    }

    private static List<Rule> load(Map<String, String> files, String... listed) {
        Map<String, String> all = new HashMap<>(files);
        List<String> index = listed.length == 0 ? List.copyOf(files.keySet()) : List.of(listed);
        all.put(RuleLoader.INDEX, "rules: " + index + "\nserver_kinds: {shell: 'shell|ssh'}");
        return RuleLoader.load(all::get);
    }

    private static void assertRejected(String reason, Map<String, String> files, String... listed) {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> load(files, listed));
        assertTrue(error.getMessage().contains(reason), error.getMessage());
    }
}

package io.mcpcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.mcpcatalog.classify.Rule;
import io.mcpcatalog.classify.RuleLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The classifier's version tells stored classifications made by other rules apart, and only those. */
class ClassifierVersionTest {

    private static final String RULE = """
            id: name-run
            category: Execute
            field: name
            pattern: 'run'
            weight: 0.9
            reason: runs something
            examples:
              match: [{name: run_job, server: {name: shell-tools}}]
              no_match: [{name: list_jobs}]
            """;

    @Test
    void theSameRulesGiveTheSameVersion() {
        assertEquals(new Classifier(rules(RULE, "shell|ssh")).version(),
                new Classifier(rules(RULE, "shell|ssh")).version());
        assertEquals(new Classifier().version(), new Classifier().version());
    }

    @Test
    void aServerKindOrAWeightThatChangesGivesAnotherVersion() {
        String version = new Classifier(rules(RULE, "shell|ssh")).version();
        assertNotEquals(version, new Classifier(rules(RULE + "server_kind: shell\n", "shell|ssh")).version());
        assertNotEquals(new Classifier(rules(RULE + "server_kind: shell\n", "shell|ssh")).version(),
                new Classifier(rules(RULE + "server_kind: shell\n", "shell|ssh|terminal")).version());
        assertNotEquals(version, new Classifier(rules(RULE.replace("0.9", "0.4"), "shell|ssh")).version());
    }

    private static List<Rule> rules(String rule, String shellKind) {
        Map<String, String> files = Map.of("name-run.yaml", rule,
                RuleLoader.INDEX, "rules: [name-run.yaml]\nserver_kinds: {shell: '" + shellKind + "'}");
        return RuleLoader.load(files::get);
    }
}

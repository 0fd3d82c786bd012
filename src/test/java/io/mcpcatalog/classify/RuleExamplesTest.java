package io.mcpcatalog.classify;

import io.mcpcatalog.classify.RuleExamples.Example;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Every rule against its own examples, one reported test per example. Loading fails on a duplicate id, an id
 * that is not its file name, an unknown category or field, or a rule without both kinds of example
 * (RuleLoaderTest shows each); the index must list every rule file on disk. An example stating a server is
 * matched on that server.
 */
class RuleExamplesTest {

    private static final Path RULES_ON_DISK = Path.of("src/main/resources/rules");

    @TestFactory
    Stream<DynamicNode> everyRuleMatchesItsExamplesAndNoOthers() throws IOException {
        List<Rule> rules = RuleLoader.fromClasspath();
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.list(RULES_ON_DISK)) {
            files.forEach(file -> onDisk.add(file.getFileName().toString()));
        }
        Set<String> listed = new TreeSet<>(Set.of(RuleLoader.INDEX));
        rules.forEach(rule -> listed.add(rule.id() + ".yaml"));
        DynamicTest indexListsEveryFile = dynamicTest("index.yaml lists every file in " + RULES_ON_DISK,
                () -> assertEquals(onDisk, listed));
        return Stream.concat(Stream.of(indexListsEveryFile), rules.stream().map(RuleExamplesTest::examples));
    }

    private static DynamicNode examples(Rule rule) {
        List<Example> match = rule.examples().match();
        List<Example> noMatch = rule.examples().noMatch();
        Stream<DynamicTest> matching = IntStream.range(0, match.size()).mapToObj(i -> dynamicTest(
                "match #" + (i + 1) + " " + match.get(i).tool().name(),
                () -> assertTrue(matches(rule, match.get(i)), rule.id() + " should match " + match.get(i))));
        Stream<DynamicTest> notMatching = IntStream.range(0, noMatch.size()).mapToObj(i -> dynamicTest(
                "no_match #" + (i + 1) + " " + noMatch.get(i).tool().name(),
                () -> assertFalse(matches(rule, noMatch.get(i)), rule.id() + " should not match " + noMatch.get(i))));
        return dynamicContainer(rule.id(), Stream.concat(matching, notMatching));
    }

    /** On the example's server: a rule for one kind of server does not count on another. */
    private static boolean matches(Rule rule, Example example) {
        return rule.admits(example.server()) && RuleMatcher.matches(rule, ToolSignals.of(example.tool(),
                example.server()));
    }
}

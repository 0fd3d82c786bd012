package io.mcpcatalog.classify;

import io.mcpcatalog.classify.eval.CorpusLoader;
import io.mcpcatalog.classify.eval.CorpusTool;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A dispatched regex matches exactly what its source does: at every offset of every text, the same match or
 * none, since the first alternative that matches is the same one.
 */
class FirstCharDispatchTest {

    @Test
    void groupsAlternativesByTheirFirstCharacterKeepingTheirOrder() {
        assertEquals("\\x63(?:reates?|opy)|\\x75(?:pdates?|nset)", FirstCharDispatch.of("creates?|copy|updates?|unset"));
        assertEquals("(?:\\x72(?:\\x75(?:n|ns)|\\x65boot))s", FirstCharDispatch.of("(?:run|runs|reboot)s"));
        assertEquals("\\x61(?:b|c|x)|\\w|\\x61(?:d|e|f)", FirstCharDispatch.of("ab|ac|ax|\\w|ad|ae|af"),
                "an alternative that may start with any character stays between the groups");
        assertEquals("\\x2e(?:a|b|c)", FirstCharDispatch.of("\\.a|\\.b|\\.c"));
    }

    @Test
    void leavesAlonePatternsItCannotReadOrNeedNotChange() {
        for (String source : List.of("(?i)ab|ac|ad", "(\\w)\\1|ab|ac", "\\Qab\\E|ab|ac", "(?<n>a)b|ac|ad", "ab|cd|ef",
                "a?b|a?c|a?d", "a+b|a+c|a+d", "(?:ab|ac)")) {
            assertEquals(source, FirstCharDispatch.of(source));
        }
    }

    @Test
    void matchesWhatTheSourceMatchesEverywhere() {
        List<String> sources = new ArrayList<>(List.of("creates?|copy|updates?|unset|c|cd|copy it",
                "^(?:lists?|list|gets?|get all|g)(?: (?:a|an|the|all))?\\b", "(?:a|ab|abc|b)+?c", "(?>ab|a|abc)c",
                "(?:ab|a)++b", "(?:x|xy|xyz)(?!z)", "(?<=(?:no|not) )(?:del|delete|deletes)", "(?:\\.a|\\.ab|-a)b?",
                "(?:[ab]c|ac|ad|ae)e", "(?:se|set|sets|setup)(?: up)?", "(?:a|a|a)(?:b|)"));
        RuleLoader.fromClasspath().forEach(rule -> sources.add(rule.pattern().pattern()));
        List<String> texts = new ArrayList<>(List.of("", "c", "cd", "copy it", "creates", "unset x", "list the",
                "get all", "g all", "abababc", "abcc", "abbb", "xyz", "xyzz", "not delete", "no deletes", ".abb",
                "-ab", "bce", "ace", "setup up", "sets up", "aab"));
        CorpusLoader.fromClasspath().stream().limit(400).map(CorpusTool::tool).forEach(tool -> {
            texts.add(tool.description().toLowerCase());
            texts.add(NameWords.spaced(tool.name()));
        });
        for (String source : sources) {
            Matcher original = Pattern.compile(source).matcher("");
            Matcher dispatched = Pattern.compile(FirstCharDispatch.of(source)).matcher("");
            for (String text : texts) {
                original.reset(text);
                dispatched.reset(text);
                for (int offset = 0; offset <= text.length(); offset++) {
                    boolean found = original.region(offset, text.length()).lookingAt();
                    assertEquals(found, dispatched.region(offset, text.length()).lookingAt(), source + " at " + offset
                            + " of '" + text + "'");
                    assertEquals(found ? original.end() : -1, found ? dispatched.end() : -1, source + " on " + text);
                }
            }
        }
    }
}

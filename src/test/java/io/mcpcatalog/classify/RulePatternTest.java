package io.mcpcatalog.classify;

import io.mcpcatalog.classify.eval.CorpusLoader;
import io.mcpcatalog.extract.ToolDefinition;
import io.mcpcatalog.extract.ToolParam;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start tables only make matching faster: on any text, find agrees with a plain regex scan. */
class RulePatternTest {

    @Test
    void findAgreesWithAPlainScanOnEveryShippedRule() {
        List<String> texts = corpus();
        for (Rule rule : RuleLoader.fromClasspath()) {
            for (String text : texts) {
                SignalText signal = SignalText.of(text);
                Matcher plain = rule.pattern().regex().matcher(signal.lower());
                MatchResult fast = rule.pattern().find(signal, 0);
                if (plain.find()) {
                    String where = rule.id() + " on '" + text + "'";
                    assertEquals(plain.start(), fast == null ? -1 : fast.start(), where);
                    assertEquals(plain.end(), fast.end(), where);
                } else {
                    assertNull(fast, rule.id() + " on '" + text + "'");
                }
            }
        }
    }

    @Test
    void matchesWholeWordsOnly() {
        RulePattern rm = RulePattern.compile("rm|exec", true);
        assertNull(rm.find(SignalText.of("format the executive summary"), 0));
        assertEquals(4, rm.find(SignalText.of("run rm -rf"), 0).start());
    }

    @Test
    void anchorsAtTheStartOfTheTextOnly() {
        RulePattern leadingVerb = RulePattern.compile("^delete", true);
        assertEquals(0, leadingVerb.find(SignalText.of("delete file"), 0).start());
        assertNull(leadingVerb.find(SignalText.of("list delete"), 0));
    }

    @Test
    void knowsWhenEveryAlternativeIsAnchored() {
        assertTrue(RulePattern.anchoredAlternatives("^(?:list|get)|^(?:browser) (?:a|b)"));
        assertTrue(RulePattern.anchoredAlternatives("^[|(]x"));
        assertFalse(RulePattern.anchoredAlternatives("^list|get"));
        assertFalse(RulePattern.anchoredAlternatives("(?:^|x)list"));
        assertFalse(RulePattern.anchoredAlternatives("(?m)^list"));
        assertFalse(RulePattern.anchoredAlternatives("^list|"));
    }

    @Test
    void anAnchoredAlternativeMatchesOnlyAtTheStartButTheOthersAnywhere() {
        RulePattern mixed = RulePattern.compile("^list|get", true);
        assertNull(mixed.find(SignalText.of("please list"), 0));
        assertEquals(7, mixed.find(SignalText.of("please get it"), 0).start());
        RulePattern flagged = RulePattern.compile("(?m)^list|get", true);
        assertEquals(7, flagged.find(SignalText.of("please get it"), 0).start());
    }

    @Test
    void aRuleThatOnlyStartsOutsideAsciiSkipsAsciiTexts() {
        RulePattern invisible = RulePattern.compile("[\\u200B\\uFEFF]", false);
        assertNull(invisible.find(SignalText.of("plain ascii text"), 0));
        assertEquals(5, invisible.find(SignalText.of("plain\u200B"), 0).start());
    }

    @Test
    void rejectsCapitalLettersButNotEscapes() {
        assertThrows(IllegalArgumentException.class, () -> RulePattern.compile("readOnlyHint=true", true));
        RulePattern escapes = RulePattern.compile("[\\u200B\\uFEFF]|\\p{Lu}", false);
        assertEquals(2, escapes.find(SignalText.of("ab\u200Bc"), 0).start());
    }

    /** Every description and name the rules know, and random splices of them, so words meet at odd places. */
    private static List<String> corpus() {
        List<String> texts = new ArrayList<>(List.of("", " ", "a", "rm", "(delete)", "x.delete", "drag and drop"));
        for (Rule rule : RuleLoader.fromClasspath()) {
            List<ToolDefinition> tools = new ArrayList<>(rule.examples().match());
            tools.addAll(rule.examples().noMatch());
            for (ToolDefinition tool : tools) {
                texts.add(tool.description());
                texts.add(String.join(" ", NameWords.split(tool.name())));
                for (ToolParam param : tool.params()) {
                    texts.add(String.join(" ", NameWords.split(param.name())) + " " + param.type());
                }
            }
        }
        // The real descriptions of the labelled corpus: long, punctuated, sometimes not ASCII.
        CorpusLoader.recordsFromClasspath().forEach(record -> texts.add(record.description() == null ? ""
                : record.description()));
        Random random = new Random(42);
        int known = texts.size();
        for (int i = 0; i < 2000; i++) {
            String a = texts.get(random.nextInt(known));
            String b = texts.get(random.nextInt(known));
            int cut = a.isEmpty() ? 0 : random.nextInt(a.length());
            texts.add((a.substring(0, cut) + " " + b).toUpperCase(Locale.ROOT));
        }
        return texts;
    }
}

package io.mcpcatalog.classify;

import io.mcpcatalog.classify.eval.CorpusLoader;
import io.mcpcatalog.extract.ToolDefinition;
import io.mcpcatalog.extract.ToolParam;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start probes and literals only make matching faster: on any text, a pattern tried only where its own
 * {@link StartIndex} and {@link LiteralIndex} say agrees with a plain regex scan.
 */
class RulePatternTest {

    @Test
    void findAgreesWithAPlainScanOnEveryShippedRule() {
        List<String> texts = corpus();
        for (Rule rule : RuleLoader.fromClasspath()) {
            Function<SignalText, RulePattern.Match> finder = finder(rule.pattern());
            for (String text : texts) {
                SignalText signal = SignalText.of(text);
                Matcher plain = rule.pattern().regex().matcher(signal.lower());
                RulePattern.Match fast = finder.apply(signal);
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
        assertNull(find(rm, SignalText.of("format the executive summary")));
        assertEquals(4, find(rm, SignalText.of("run rm -rf")).start());
    }

    @Test
    void anchorsAtTheStartOfTheTextOnly() {
        RulePattern leadingVerb = RulePattern.compile("^delete", true);
        assertEquals(0, find(leadingVerb, SignalText.of("delete file")).start());
        assertNull(find(leadingVerb, SignalText.of("list delete")));
        assertTrue(leadingVerb.elsewhere().open().isEmpty() && leadingVerb.elsewhere().accepted().isEmpty(),
                "an anchored pattern is never tried after the start");
    }

    @Test
    void anAnchoredAlternativeMatchesOnlyAtTheStartButTheOthersAnywhere() {
        RulePattern mixed = RulePattern.compile("^list|get", true);
        assertNull(find(mixed, SignalText.of("please list")));
        assertEquals(7, find(mixed, SignalText.of("please get it")).start());
        RulePattern flagged = RulePattern.compile("(?m)^list|get", true);
        assertEquals(7, find(flagged, SignalText.of("please get it")).start());
        assertEquals(7, find(flagged, SignalText.of("please\nlist")).start());
    }

    @Test
    void aRuleThatOnlyStartsOutsideAsciiSkipsAsciiTexts() {
        RulePattern invisible = RulePattern.compile("[\\u200B\\uFEFF]", false);
        assertNull(find(invisible, SignalText.of("plain ascii text")));
        assertEquals(5, find(invisible, SignalText.of("plain\u200B")).start());
    }

    @Test
    void rejectsCapitalLettersButNotEscapes() {
        assertThrows(IllegalArgumentException.class, () -> RulePattern.compile("readOnlyHint=true", true));
        RulePattern escapes = RulePattern.compile("[\\u200B\\uFEFF]|\\p{Lu}", false);
        assertEquals(2, find(escapes, SignalText.of("ab\u200Bc")).start());
    }

    /**
     * Patterns written in ways the probes and literals must see through, or give up on and try everywhere:
     * lookbehinds of both kinds, word boundaries, classes with ']' first, escapes, back references, quoting,
     * flags, non-ASCII literals and text. Each must agree with a plain scan on every text.
     */
    @Test
    void anyPatternAgreesWithAPlainScan() {
        List<String> patterns = List.of("(?<=\\bsend )keys", "(?<!no )delete", "\\bre\\w+ed\\b", "[]x]y|z[^]a]",
                "(\\w+) \\1", "\\Qa.b\\E", "(?i)kelvin", "(?m)^run", "caf\u00e9", "\\x41?bc|\\u0064ef", "a{2,3}b",
                "x(?=y)", "(?:drop|del)(?! ?down)", "\\p{L}+ to \\w+", "tool[s.]?$", "(?<name>ab)c", "[\\w&&[^_]]+z",
                "delete|get|tool", "^(?:list|get)s?", "(?<!^list )remove|forget");
        List<String> texts = List.of("", "send keys now", "resend keys", "no delete", "we delete", "renamed it",
                "]y and zb", "go go", "a.b", "KELVIN \u212Aelvin", "run\nrun", "café ok", "bc def xbc", "aab aaab",
                "xy", "drop down drop", "ÿ to z", "tools.", "tool", "abc", "a-b_z", "\u0130i", "ab\u200Bc delete",
                "\u00B2delete get", "gets tool\u00E9 tool", "list", "list forget");
        for (String source : patterns) {
            for (boolean wholeWords : new boolean[] {true, false}) {
                RulePattern pattern = RulePattern.compile(source, wholeWords);
                Function<SignalText, RulePattern.Match> finder = finder(pattern);
                for (String text : texts) {
                    SignalText signal = SignalText.of(text);
                    Matcher plain = pattern.regex().matcher(signal.lower());
                    RulePattern.Match fast = finder.apply(signal);
                    String where = source + (wholeWords ? " (words)" : "") + " on '" + text + "'";
                    boolean found = plain.find();
                    assertEquals(found ? plain.start() : -1, fast == null ? -1 : fast.start(), where);
                    assertEquals(found ? plain.end() : -1, fast == null ? -1 : fast.end(), where);
                }
            }
        }
    }

    /** The first match, trying only the offsets the pattern's own start and literal indexes name. */
    private static RulePattern.Match find(RulePattern pattern, SignalText text) {
        return finder(pattern).apply(text);
    }

    /** Builds the pattern's own indexes once, for many texts. */
    private static Function<SignalText, RulePattern.Match> finder(RulePattern pattern) {
        StartIndex starts = new StartIndex(pattern.wholeWords(), new int[] {0}, List.of(pattern));
        LiteralIndex literals = new LiteralIndex(1, new int[] {0}, Collections.singletonList(pattern.literals()));
        return text -> {
            Candidates.Builder candidates = new Candidates.Builder();
            starts.scan(text, candidates);
            return pattern.find(text, 0, candidates.build(literals, text), 0);
        };
    }

    /** Every description and name the rules know, and random splices of them, so words meet at odd places. */
    private static List<String> corpus() {
        List<String> texts = new ArrayList<>(List.of("", " ", "a", "rm", "(delete)", "x.delete", "drag and drop"));
        for (Rule rule : RuleLoader.fromClasspath()) {
            List<RuleExamples.Example> examples = new ArrayList<>(rule.examples().match());
            examples.addAll(rule.examples().noMatch());
            for (ToolDefinition tool : examples.stream().map(RuleExamples.Example::tool).toList()) {
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

package io.mcpcatalog.classify;

import io.mcpcatalog.classify.eval.CorpusLoader;
import io.mcpcatalog.classify.eval.CorpusTool;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A rule's automaton may only rule out offsets where its regex fails: never one where it matches. Without
 * lookarounds it answers exactly as the regex does; with them, it may let a failing offset through.
 */
class RuleDfaTest {

    private static final Pattern LETTER_OR_NUMBER = Pattern.compile("[\\p{L}\\p{N}]");

    private static final List<String> TEXTS = List.of("", "delete", "delete it permanently", "deleted it permanently",
            "delete it. then permanently", "first delete everything in this folder permanently", "list\nlist",
            "lists get", "getting", "aab aaab ab", "tools.", "tool\n", "tool\r\n", "tools x", "caf\u00e9 ok",
            "\u00e9t\u00e9 \u00b2delete", "emoji \uD83D\uDE00 delete \uD83D\uDE00", "x-delete_y", "check out", "checks",
            "a\u200Bb", "tag \uDB40\uDC41 hidden");

    @Test
    void answersExactlyAsTheRegexWhereThePatternHasNoLookarounds() {
        List<String> patterns = List.of("delete[^.]{0,20} permanently", "^(?:list|get)s?", "a{2,3}b", "tool[s.]?$",
                "\\w+ (?:it|everything) permanently", "caf\u00e9|\u00e9t\u00e9", "delete", "\\bget\\w*",
                ".{2}\\s", "[\\u200B\\uFEFF]|[\\x{E0000}-\\x{E007F}]", "(?:x|y)*-?delete", "checks?+", "^$");
        for (String source : patterns) {
            for (boolean wholeWords : new boolean[] {true, false}) {
                RulePattern pattern = RulePattern.compile(source, wholeWords);
                RuleDfa automaton = automaton(source, wholeWords);
                for (String text : TEXTS) {
                    for (int offset = 0; offset <= text.length(); offset++) {
                        if (wholeWords && offset > 0 && LETTER_OR_NUMBER.matcher(text.substring(offset - 1, offset))
                                .matches()) {
                            // Not a word start: the classifier never asks there.
                            continue;
                        }
                        assertEquals(regexMatchesAt(pattern, text, offset),
                                automaton.mayMatchAt(text.toCharArray(), offset),
                                source + (wholeWords ? " (words)" : "") + " at " + offset + " of '" + text + "'");
                    }
                }
            }
        }
    }

    @Test
    void readsLookaroundsAsTrueSoOnlyTheRegexRulesThoseOffsetsOut() {
        String source = "checks?(?! out)";
        RuleDfa automaton = automaton(source, true);
        assertTrue(automaton.mayMatchAt("check out".toCharArray(), 0));
        assertFalse(regexMatchesAt(RulePattern.compile(source, true), "check out", 0));
        assertFalse(automaton.mayMatchAt("chess".toCharArray(), 0));
    }

    @Test
    void neverRulesOutAnOffsetWhereAShippedRuleMatches() {
        List<Rule> rules = RuleLoader.fromClasspath();
        List<String> texts = new ArrayList<>(TEXTS);
        List<CorpusTool> corpus = CorpusLoader.fromClasspath();
        for (int i = 0; i < corpus.size(); i += 13) {
            texts.add(corpus.get(i).tool().description().strip().toLowerCase(java.util.Locale.ROOT));
            texts.add(NameWords.of(corpus.get(i).tool().name(), corpus.get(i).context()));
        }
        int matches = 0;
        int failures = 0;
        int ruledOut = 0;
        for (Rule rule : rules) {
            RuleDfa automaton = automaton(rule.pattern().pattern(), rule.pattern().wholeWords());
            for (String text : texts) {
                SignalText signal = SignalText.of(text);
                int[] starts = rule.pattern().wholeWords() ? signal.wordStarts() : everyOffset(text.length());
                for (int offset : starts) {
                    boolean may = automaton.mayMatchAt(signal.lowerChars(), offset);
                    if (regexMatchesAt(rule.pattern(), signal.lower(), offset)) {
                        assertTrue(may, rule.id() + " at " + offset + " of '" + text + "'");
                        matches++;
                    } else {
                        failures++;
                        ruledOut += may ? 0 : 1;
                    }
                }
            }
        }
        assertTrue(matches > 1000, matches + " matches");
        // Lookarounds aside, the automaton is the regex: almost every failing offset is ruled out.
        assertTrue(ruledOut > 0.99 * failures, ruledOut + " of " + failures + " failing offsets ruled out");
    }

    private static RuleDfa automaton(String source, boolean wholeWords) {
        return new RuleDfa(new RuleNfa(RegexTree.read(source)), wholeWords);
    }

    private static boolean regexMatchesAt(RulePattern pattern, String text, int offset) {
        Matcher matcher = pattern.regex().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        return matcher.region(offset, text.length()).lookingAt();
    }

    private static int[] everyOffset(int length) {
        int[] offsets = new int[length];
        for (int i = 0; i < length; i++) {
            offsets[i] = i;
        }
        return offsets;
    }
}

package io.mcpcatalog.classify;

import io.mcpcatalog.classify.eval.CorpusLoader;
import io.mcpcatalog.classify.eval.CorpusTool;
import io.mcpcatalog.extract.ToolDefinition;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The rule index only decides where regexes are tried, never what a classification says: on every corpus tool
 * and every rule example, the classifier gives exactly what it gives when every rule is tried at every offset
 * (every word start, or every character), and so does every single rule's hit.
 */
class PrefilterEquivalenceTest {

    private static final List<Rule> RULES = RuleLoader.fromClasspath();
    private static final ToolClassifier CLASSIFIER = new ToolClassifier(RULES);
    private static final RuleIndex INDEX = new RuleIndex(RULES);
    /** Rules without literals, so that the reference rules none out. */
    private static final LiteralIndex NO_LITERALS = new LiteralIndex(RULES.size(),
            IntStream.range(0, RULES.size()).toArray(), Collections.nCopies(RULES.size(), null));

    @Test
    void everyCorpusToolAndRuleExampleIsClassifiedAsWhenEveryRuleIsTriedEverywhere() {
        List<CorpusTool> corpus = CorpusLoader.fromClasspath();
        for (CorpusTool tool : corpus) {
            assertSameAsTryingEverywhere(tool.tool(), tool.context());
        }
        int examples = 0;
        for (Rule rule : RULES) {
            List<RuleExamples.Example> tools = new ArrayList<>(rule.examples().match());
            tools.addAll(rule.examples().noMatch());
            for (RuleExamples.Example example : tools) {
                assertSameAsTryingEverywhere(example.tool(), example.server());
                examples++;
            }
        }
        assertTrue(corpus.size() > 1000 && examples > 100, corpus.size() + " tools, " + examples + " examples");
    }

    private static void assertSameAsTryingEverywhere(ToolDefinition tool, ServerContext server) {
        ToolSignals signals = ToolSignals.of(tool, server);
        ToolCandidates everywhere = everywhere(signals);
        ToolCandidates indexed = INDEX.scan(signals);
        for (int slot = 0; slot < RULES.size(); slot++) {
            Rule rule = RULES.get(slot);
            assertEquals(RuleMatcher.find(rule, slot, signals, everywhere),
                    RuleMatcher.find(rule, slot, signals, indexed), rule.id() + " on " + tool.name());
        }
        assertEquals(CLASSIFIER.classify(tool, server, signals, everywhere), CLASSIFIER.classify(tool, server), tool.name());
    }

    /** Every rule at every offset where it could match at all, as the engine did before the index. */
    private static ToolCandidates everywhere(ToolSignals signals) {
        List<Candidates> params = new ArrayList<>();
        signals.params().forEach(param -> params.add(everywhere(param.text())));
        List<Candidates> values = new ArrayList<>();
        signals.values().forEach(param -> values.add(everywhere(param.text())));
        return new ToolCandidates(everywhere(signals.name()), everywhere(signals.description()), params,
                everywhere(signals.annotations()), values);
    }

    private static Candidates everywhere(SignalText text) {
        Candidates.Builder candidates = new Candidates.Builder();
        for (int slot = 0; slot < RULES.size(); slot++) {
            if (RULES.get(slot).pattern().wholeWords()) {
                for (int offset : text.wordStarts()) {
                    candidates.add(slot, offset, -1);
                }
            } else {
                for (int offset = 0; offset < text.lower().length(); offset++) {
                    candidates.add(slot, offset, -1);
                }
            }
        }
        return candidates.build(NO_LITERALS, text);
    }
}

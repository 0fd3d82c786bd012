package io.mcpcatalog.classify;

import io.mcpcatalog.extract.ToolDefinition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * Classifies a tool with a fixed set of compiled rules (see TAXONOMY.md). Plain values in and out: no I/O,
 * no framework, no per-call pattern compilation, and safe to share between threads. Each text of a tool is read
 * once through the rules' {@link RuleIndex}, and a rule's regex runs only where that reading says it may match;
 * a rule with no such place in any text is not looked at.
 */
public final class ToolClassifier {

    private final List<Rule> rules;
    private final RuleIndex index;
    private final PurposeRules purposeRules;
    private final ServerKindMemo serverKinds = new ServerKindMemo();

    public ToolClassifier(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.index = new RuleIndex(this.rules);
        this.purposeRules = new PurposeRules(this.rules);
    }

    public Classification classify(ToolDefinition tool, ServerContext server) {
        ToolSignals signals = ToolSignals.of(tool, server);
        return classify(tool, server, signals, index.scan(signals));
    }

    /** Classifies with the given candidates, whose slots are positions in this classifier's rule list. */
    Classification classify(ToolDefinition tool, ServerContext server, ToolSignals signals,
                            ToolCandidates candidates) {
        List<RuleHit> hits = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        CapabilityTag[] tags = new CapabilityTag[Capability.values().length];
        BitSet possible = candidates.slots();
        ServerKindMemo.Kinds kinds = serverKinds.of(server);
        for (int slot = possible.nextSetBit(0); slot >= 0; slot = possible.nextSetBit(slot + 1)) {
            Rule rule = rules.get(slot);
            if (!kinds.admit(rule)) {
                // A rule for another kind of server: its words mean something else here.
                continue;
            }
            RuleHit hit = RuleMatcher.find(rule, slot, signals, candidates);
            if (hit == null) {
                continue;
            }
            if (rule.isFinding()) {
                findings.add(new Finding(rule.id(), rule.severity(), rule.reason(), hit.evidence()));
            } else if (rule.isCategoryRule()) {
                hits.add(hit);
            } else if (!hit.negatedOrAside() && tags[rule.capability().ordinal()] == null) {
                tags[rule.capability().ordinal()] = new CapabilityTag(rule.capability().label(), rule.reason(),
                        hit.evidence());
            }
        }
        hits = Verdict.applyClaims(hits);
        boolean described = !tool.description().isBlank();
        Verdict verdict = Verdict.decide(hits, described, purposeRules);
        List<Evidence> evidence = new ArrayList<>(hits.size());
        for (RuleHit hit : hits) {
            if (hit.counts()) {
                evidence.add(hit.evidence());
            }
        }
        return new Classification(verdict.category(), verdict.category().risk(), verdict.confidence(), evidence,
                Rationale.write(tool.name(), verdict, hits, described), findings,
                Arrays.stream(tags).filter(Objects::nonNull).toList());
    }
}

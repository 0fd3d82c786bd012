package io.mcpcatalog.classify;

import io.mcpcatalog.extract.ToolDefinition;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Classifies a tool with a fixed set of compiled rules (see TAXONOMY.md). Plain values in and out: no I/O,
 * no framework, no per-call pattern compilation, and safe to share between threads.
 */
public final class ToolClassifier {

    private final List<Rule> categoryRules;
    private final List<Rule> findingRules;
    /** Rules that read what the tool is for: the name, or the description's leading words (a pattern anchored by ^). */
    private final Set<Rule> purposeRules = Collections.newSetFromMap(new IdentityHashMap<>());

    public ToolClassifier(List<Rule> rules) {
        this.categoryRules = rules.stream().filter(rule -> !rule.isFinding()).toList();
        this.findingRules = rules.stream().filter(Rule::isFinding).toList();
        for (Rule rule : categoryRules) {
            if (rule.field() == Field.NAME || rule.field() == Field.DESCRIPTION
                    && RulePattern.anchoredAlternatives(rule.pattern().pattern())) {
                purposeRules.add(rule);
            }
        }
    }

    public Classification classify(ToolDefinition tool, ServerContext server) {
        ToolSignals signals = ToolSignals.of(tool, server);
        List<RuleHit> hits = new ArrayList<>();
        for (Rule rule : categoryRules) {
            RuleHit hit = RuleMatcher.find(rule, signals);
            if (hit != null) {
                hits.add(hit);
            }
        }
        hits = Verdict.applyClaims(hits);
        boolean described = !tool.description().isBlank();
        Verdict verdict = Verdict.decide(hits, described, purposeRules::contains);
        List<Evidence> evidence = new ArrayList<>(hits.size());
        for (RuleHit hit : hits) {
            if (hit.counts()) {
                evidence.add(hit.evidence());
            }
        }
        return new Classification(verdict.category(), verdict.category().risk(), verdict.confidence(), evidence,
                Rationale.write(tool.name(), verdict, hits, described), findings(signals));
    }

    private List<Finding> findings(ToolSignals signals) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : findingRules) {
            RuleHit hit = RuleMatcher.find(rule, signals);
            if (hit != null) {
                findings.add(new Finding(rule.id(), rule.severity(), rule.reason(), hit.evidence()));
            }
        }
        return findings;
    }
}

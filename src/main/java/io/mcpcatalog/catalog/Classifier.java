package io.mcpcatalog.catalog;

import io.mcpcatalog.classify.Classification;
import io.mcpcatalog.classify.Rule;
import io.mcpcatalog.classify.RuleExamples;
import io.mcpcatalog.classify.RuleLoader;
import io.mcpcatalog.classify.ServerContext;
import io.mcpcatalog.classify.ToolClassifier;
import io.mcpcatalog.extract.ToolDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rule-based classifier with the rules shipped in the jar, compiled once. Its version is a digest of the rules
 * and of what the classifier makes of their examples, so stored classifications made by other rules, or by code that
 * weighs them differently, are recognised as stale and redone.
 */
@ApplicationScoped
public class Classifier {

    private final ToolClassifier classifier;
    private final String version;

    public Classifier() {
        this(RuleLoader.fromClasspath());
    }

    Classifier(List<Rule> rules) {
        this.classifier = new ToolClassifier(rules);
        String signatures = rules.stream().map(Classifier::signature).collect(Collectors.joining("\n"));
        this.version = "rules-" + Sha256.hex(signatures + "\n" + verdictsOnExamples(rules), 8);
    }

    /** Every example of every rule as classified: a change in how rules are weighed or explained shows here. */
    private String verdictsOnExamples(List<Rule> rules) {
        StringBuilder verdicts = new StringBuilder();
        for (Rule rule : rules) {
            for (List<RuleExamples.Example> examples : List.of(rule.examples().match(), rule.examples().noMatch())) {
                examples.forEach(example -> verdicts.append(classifier.classify(example.tool(), example.server()))
                        .append('\n'));
            }
        }
        return verdicts.toString();
    }

    public Classification classify(ToolDefinition tool, ServerContext server) {
        return classifier.classify(tool, server);
    }

    public String version() {
        return version;
    }

    /** What decides a rule's behaviour, written in a stable order (Set order varies between JVM runs). */
    private static String signature(Rule rule) {
        return String.join("|", rule.id(), String.valueOf(rule.category()), String.valueOf(rule.severity()),
                String.valueOf(rule.capability()),
                String.valueOf(rule.field()), rule.pattern().pattern(), Double.toString(rule.weight()), rule.reason(),
                new TreeSet<>(rule.negates()).toString(), rule.serverKind() == null ? ""
                        : rule.serverKind().name() + "=" + rule.serverKind().pattern().pattern());
    }
}

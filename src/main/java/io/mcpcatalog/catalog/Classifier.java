package io.mcpcatalog.catalog;

import io.mcpcatalog.classify.Classification;
import io.mcpcatalog.classify.Rule;
import io.mcpcatalog.classify.RuleLoader;
import io.mcpcatalog.classify.ServerContext;
import io.mcpcatalog.classify.ToolClassifier;
import io.mcpcatalog.extract.ToolDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The rule-based classifier with the rules shipped in the jar, compiled once. Its version is a digest of
 * the rules, so stored classifications made by other rules are recognised as stale and redone.
 */
@ApplicationScoped
public class Classifier {

    private final ToolClassifier classifier;
    private final String version;

    public Classifier() {
        List<Rule> rules = RuleLoader.fromClasspath();
        this.classifier = new ToolClassifier(rules);
        String signatures = rules.stream().map(Classifier::signature).collect(Collectors.joining("\n"));
        this.version = "rules-" + Sha256.hex(signatures, 8);
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
                new TreeSet<>(rule.negates()).toString());
    }
}

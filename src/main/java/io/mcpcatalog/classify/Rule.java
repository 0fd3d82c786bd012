package io.mcpcatalog.classify;

import java.util.Set;

/**
 * One compiled rule. A category rule ({@code category} set) adds {@code weight} of evidence for its category;
 * a finding rule ({@code severity} set) reports a {@link Finding} instead, and a capability rule ({@code capability}
 * set) tags the tool with a {@link Capability}. Exactly one of the three is set.
 * {@code negates} lists categories whose evidence, from any field, this rule's match sets aside (a claim such as
 * "read-only SQL query" narrows what "run_query" can do). {@code serverKind}, when set, limits the rule to servers
 * of that kind (null: any server).
 */
public record Rule(String id, Category category, String severity, Capability capability, Field field,
                   RulePattern pattern, double weight, String reason, Set<Category> negates, ServerKind serverKind,
                   RuleExamples examples) {

    public Rule {
        negates = Set.copyOf(negates);
    }

    /** Whether a match of this rule counts on the given server. */
    public boolean admits(ServerContext server) {
        return serverKind == null || serverKind.admits(server);
    }

    public boolean isFinding() {
        return severity != null;
    }

    /** True for a rule that weighs toward a category (not a finding or a capability tag). */
    public boolean isCategoryRule() {
        return category != null;
    }
}

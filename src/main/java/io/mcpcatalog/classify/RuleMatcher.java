package io.mcpcatalog.classify;

import java.util.regex.MatchResult;

/** Finds where one rule matches one tool's signals. No state: patterns are compiled by the loader. */
final class RuleMatcher {

    private RuleMatcher() {
    }

    /** The rule's hit on the tool, or null when it does not match. */
    static RuleHit find(Rule rule, ToolSignals signals) {
        return switch (rule.field()) {
            case NAME -> findIn(rule, signals.name(), signals.toolName());
            case DESCRIPTION -> findInDescription(rule, signals.description());
            case PARAM -> findInParams(rule, signals);
            case ANNOTATION -> findIn(rule, signals.annotations(), null);
        };
    }

    /** True when the rule matches the tool and the match is not negated: what a rule's examples are held to. */
    static boolean matches(Rule rule, ToolSignals signals) {
        RuleHit hit = find(rule, signals);
        return hit != null && !hit.negated();
    }

    /** The first match that is not negated; when every match is negated, the first one, marked negated. */
    private static RuleHit findInDescription(Rule rule, SignalText description) {
        RuleHit negated = null;
        for (MatchResult m = rule.pattern().find(description, 0); m != null;
             m = rule.pattern().find(description, m.end())) {
            // A finding is about the text itself: "never ignore previous instructions" is still injected prose.
            boolean isNegated = !rule.isFinding() && Negation.precedes(description.lower(), m.start());
            RuleHit hit = new RuleHit(rule, description.original().substring(m.start(), m.end()),
                    Quotes.sentence(description.original(), m.start()), isNegated, false);
            if (!isNegated) {
                return hit;
            }
            if (negated == null) {
                negated = hit;
            }
        }
        return negated;
    }

    private static RuleHit findInParams(Rule rule, ToolSignals signals) {
        for (ToolSignals.Param param : signals.params()) {
            RuleHit hit = findIn(rule, param.text(), param.name());
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    /** A hit quoting {@code quote}, or the matched text itself when quote is null. */
    private static RuleHit findIn(Rule rule, SignalText text, String quote) {
        MatchResult m = rule.pattern().find(text, 0);
        if (m == null) {
            return null;
        }
        String matched = text.original().substring(m.start(), m.end());
        return new RuleHit(rule, matched, quote == null ? matched : quote, false, false);
    }
}

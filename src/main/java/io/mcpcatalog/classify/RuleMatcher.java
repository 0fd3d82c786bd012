package io.mcpcatalog.classify;

import java.util.List;

/**
 * Finds where one rule matches one tool's signals, trying its regex only at the offsets the candidates hold for
 * its slot. No state: patterns are compiled by the loader, candidates come from a {@link RuleIndex}.
 */
final class RuleMatcher {

    private RuleMatcher() {
    }

    /** The rule's hit on the tool, or null when it does not match. */
    static RuleHit find(Rule rule, int slot, ToolSignals signals, ToolCandidates candidates) {
        return switch (rule.field()) {
            case NAME -> findIn(rule, slot, signals.name(), candidates.name(), signals.toolName());
            case DESCRIPTION -> findInDescription(rule, slot, signals.description(), candidates.description());
            case PARAM -> findInParams(rule, slot, signals.params(), candidates.params());
            case ANNOTATION -> findIn(rule, slot, signals.annotations(), candidates.annotations(), null);
            case VALUES -> findInParams(rule, slot, signals.values(), candidates.values());
        };
    }

    /** True when the rule matches the tool's own effect (not negated, not aside): what a rule's examples are held to. */
    static boolean matches(Rule rule, ToolSignals signals) {
        RuleHit hit = find(rule, 0, signals, new RuleIndex(List.of(rule)).scan(signals));
        return hit != null && !hit.negatedOrAside();
    }

    /**
     * The first match that describes the tool's own effect; when none does, the first one, marked negated or aside.
     * A match inside an identifier names something else (another tool, a field) and is passed over.
     */
    private static RuleHit findInDescription(Rule rule, int slot, SignalText description, Candidates candidates) {
        RuleHit notOwn = null;
        for (RulePattern.Match m = rule.pattern().find(description, 0, candidates, slot); m != null;
             m = rule.pattern().find(description, m.end(), candidates, slot)) {
            // A finding is about the text itself: "never ignore previous instructions" is still injected prose.
            if (!rule.isFinding() && Identifiers.inside(description.lowerChars(), m.start(), m.end())) {
                continue;
            }
            RuleHit hit = new RuleHit(rule, description.original().substring(m.start(), m.end()),
                    Quotes.sentence(description.original(), m.start()),
                    scope(rule, description, m.start(), m.end()), false);
            if (hit.scope() == RuleHit.Scope.OWN) {
                return hit;
            }
            if (notOwn == null) {
                notOwn = hit;
            }
        }
        return notOwn;
    }

    private static RuleHit.Scope scope(Rule rule, SignalText description, int start, int end) {
        if (rule.isFinding()) {
            return RuleHit.Scope.OWN;
        }
        char[] lower = description.lowerChars();
        if (Negation.precedes(lower, start) || Negation.crossedOut(lower, start) || Negation.refused(lower, start)) {
            return RuleHit.Scope.NEGATED;
        }
        return Asides.before(description.lower(), start) || Asides.titleOfAnother(description.original(), start, end)
                || Asides.otherToolInstead(description.lower(), start, end)
                || RelatedToolsList.holds(description.lower(), start) ? RuleHit.Scope.ASIDE : RuleHit.Scope.OWN;
    }

    private static RuleHit findInParams(Rule rule, int slot, List<ToolSignals.Param> params,
                                        List<Candidates> candidates) {
        for (int i = 0; i < params.size(); i++) {
            RuleHit hit = findIn(rule, slot, params.get(i).text(), candidates.get(i), params.get(i).name());
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    /** A hit quoting {@code quote}, or the matched text itself when quote is null. */
    private static RuleHit findIn(Rule rule, int slot, SignalText text, Candidates candidates, String quote) {
        RulePattern.Match m = rule.pattern().find(text, 0, candidates, slot);
        if (m == null) {
            return null;
        }
        String matched = text.original().substring(m.start(), m.end());
        return new RuleHit(rule, matched, quote == null ? matched : quote, RuleHit.Scope.OWN, false);
    }
}

package io.mcpcatalog.classify;

/**
 * One rule matching one tool. {@code matched} is the text the pattern matched, {@code quote} the tool's own
 * words it was found in (its name, the description's sentence, the parameter's name). A hit that is
 * {@code negated} ("does not delete") or {@code setAside} (by a "read-only SQL" claim) is reported but not counted.
 */
record RuleHit(Rule rule, String matched, String quote, boolean negated, boolean setAside) {

    boolean counts() {
        return !negated && !setAside;
    }

    Category category() {
        return rule.category();
    }

    RuleHit asSetAside() {
        return new RuleHit(rule, matched, quote, negated, true);
    }

    Evidence evidence() {
        return new Evidence(rule.id(), rule.field().label(), Quotes.visible(matched));
    }
}

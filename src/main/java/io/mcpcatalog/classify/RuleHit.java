package io.mcpcatalog.classify;

/**
 * One rule matching one tool. {@code matched} is the text the pattern matched, {@code quote} the tool's own
 * words it was found in (its name, the description's sentence, the parameter's name). A hit whose {@code scope}
 * is not the tool's own effect, or that is {@code setAside} (by a "read-only SQL" claim), is reported but not counted.
 */
record RuleHit(Rule rule, String matched, String quote, Scope scope, boolean setAside) {

    /** Whose effect the matched words describe. */
    enum Scope {
        /** The tool's own. */
        OWN,
        /** None: "does not delete". */
        NEGATED,
        /** A topic or another tool's: "how to delete", "use delete_item to delete". */
        ASIDE
    }

    boolean counts() {
        return scope == Scope.OWN && !setAside;
    }

    /** True when the words do not describe the tool's own effect. */
    boolean negatedOrAside() {
        return scope != Scope.OWN;
    }

    Category category() {
        return rule.category();
    }

    RuleHit asSetAside() {
        return new RuleHit(rule, matched, quote, scope, true);
    }

    Evidence evidence() {
        return new Evidence(rule.id(), rule.field().label(), Quotes.visible(matched));
    }
}

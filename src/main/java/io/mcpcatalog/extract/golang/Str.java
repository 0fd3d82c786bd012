package io.mcpcatalog.extract.golang;

/**
 * A string as far as it can be read from source: its static text, whether that is all of it, and whether it
 * depends on a parameter of a helper evaluated without a call (so the name is given by the helper's callers).
 */
record Str(String text, boolean complete, boolean unbound) {

    static final Str UNKNOWN = new Str("", false, false);
    static final Str UNBOUND = new Str("", false, true);

    static Str of(String text) {
        return new Str(text, true, false);
    }

    Str concat(Str other) {
        return new Str(text + other.text, complete && other.complete, unbound || other.unbound);
    }

    Str partial() {
        return new Str(text, false, unbound);
    }

    /** A usable tool or parameter name: fully known and not empty. */
    boolean isName() {
        return complete && !unbound && !text.isBlank();
    }
}

package io.mcpcatalog.extract.rust;

/** A string read from source: its text, and whether only its static part is known (built at run time). */
record RustText(String text, boolean partial) {

    static RustText full(String text) {
        return new RustText(text, false);
    }

    static RustText unknown() {
        return new RustText("", true);
    }

    RustText append(RustText other) {
        return new RustText(text + other.text, partial || other.partial);
    }
}

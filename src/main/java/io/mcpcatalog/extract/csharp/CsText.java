package io.mcpcatalog.extract.csharp;

/** A string read from source: its text, and whether only its static part is known (built at run time). */
record CsText(String text, boolean partial) {

    static CsText full(String text) {
        return new CsText(text, false);
    }

    static CsText unknown() {
        return new CsText("", true);
    }

    CsText append(CsText other) {
        return new CsText(text + other.text, partial || other.partial);
    }
}

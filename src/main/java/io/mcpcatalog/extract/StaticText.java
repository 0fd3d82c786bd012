package io.mcpcatalog.extract;

/** A string read from source: its text, and whether only its static part is known (built at run time). */
public record StaticText(String text, boolean partial) {

    public static StaticText full(String text) {
        return new StaticText(text, false);
    }

    public static StaticText unknown() {
        return new StaticText("", true);
    }

    public StaticText append(StaticText other) {
        return new StaticText(text + other.text, partial || other.partial);
    }
}

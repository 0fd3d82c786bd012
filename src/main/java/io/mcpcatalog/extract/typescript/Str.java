package io.mcpcatalog.extract.typescript;

/** A string read from source: its static text, and whether parts of it are only known at run time. */
record Str(String value, boolean partial) {

    Str concat(Str other) {
        return new Str(value + other.value, partial || other.partial);
    }

    Str asPartial() {
        return new Str(value, true);
    }
}

package io.mcpcatalog.extract;

import java.util.List;

/** Every language extractor the scanner runs. */
public final class Extractors {

    private Extractors() {
    }

    public static List<LanguageExtractor> all() {
        return List.of();
    }
}

package io.mcpcatalog.extract;

import io.mcpcatalog.extract.golang.GoExtractors;
import java.util.ArrayList;
import java.util.List;

/** Every language extractor the scanner runs. */
public final class Extractors {

    private Extractors() {
    }

    public static List<LanguageExtractor> all() {
        List<LanguageExtractor> all = new ArrayList<>();
        all.addAll(GoExtractors.all());
        return List.copyOf(all);
    }
}

package io.mcpcatalog.extract.typescript;

import io.mcpcatalog.extract.LanguageExtractor;
import java.util.List;

/**
 * The TypeScript/JavaScript extractor the scanner runs: one composite over every pattern of this package, so that
 * each tool is found once per file and deprecated aliases are folded into the tool they stand for.
 */
public final class TypeScriptExtractors {

    private TypeScriptExtractors() {
    }

    public static List<LanguageExtractor> all() {
        return List.of(new TypeScriptExtractor());
    }
}

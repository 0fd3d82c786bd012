package io.mcpcatalog.extract.csharp;

import io.mcpcatalog.extract.LanguageExtractor;
import java.util.List;

/** Every C# extractor, one per SDK pattern. */
public final class CSharpExtractors {

    private CSharpExtractors() {
    }

    public static List<LanguageExtractor> all() {
        return List.of(new McpServerToolAttributeExtractor(), new McpServerToolCreateExtractor(), new McpToolObjectExtractor());
    }
}

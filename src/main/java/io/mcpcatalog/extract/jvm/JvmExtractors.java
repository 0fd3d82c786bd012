package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.LanguageExtractor;
import java.util.List;

/** Every Java and Kotlin extractor, for the scanner's list of extractors. */
public final class JvmExtractors {

    private JvmExtractors() {
    }

    public static List<LanguageExtractor> all() {
        return List.of(new QuarkusToolExtractor(), new SpringAiToolExtractor(), new McpToolAnnotationExtractor(),
                new SdkToolExtractor(), new KotlinAddToolExtractor(), new QuarkusToolManagerExtractor(),
                new SpringFunctionCallbackExtractor());
    }
}

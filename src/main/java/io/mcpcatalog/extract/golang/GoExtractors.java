package io.mcpcatalog.extract.golang;

import io.mcpcatalog.extract.LanguageExtractor;
import java.util.List;

/** Every Go extractor; together they find each tool once. */
public final class GoExtractors {

    private GoExtractors() {
    }

    public static List<LanguageExtractor> all() {
        return List.of(new McpGoNewToolExtractor(), new GoToolStructExtractor(), new GoToolHelperCallExtractor());
    }
}

package io.mcpcatalog.extract.rust;

import io.mcpcatalog.extract.LanguageExtractor;
import java.util.List;

/** Every Rust extractor, one per SDK pattern. */
public final class RustExtractors {

    private RustExtractors() {
    }

    public static List<LanguageExtractor> all() {
        return List.of(new RmcpToolMacroExtractor(), new RmcpToolStructExtractor(), new RmcpToolNewExtractor(),
                new McpToolAttributeExtractor());
    }
}

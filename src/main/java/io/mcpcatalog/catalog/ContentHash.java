package io.mcpcatalog.catalog;

import io.mcpcatalog.extract.ToolDefinition;

/** The hash of what a client sees of a tool; a different hash makes a new tool version. */
final class ContentHash {

    private ContentHash() {
    }

    static String of(ToolDefinition tool) {
        String annotations = CatalogJson.annotations(tool.annotations());
        String content = tool.description() + '\u0000' + tool.inputSchema() + '\u0000' + (annotations == null ? "" : annotations);
        return Sha256.hex(content, 32);
    }
}

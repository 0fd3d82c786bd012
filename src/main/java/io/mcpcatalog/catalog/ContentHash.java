package io.mcpcatalog.catalog;

import io.mcpcatalog.extract.ToolDefinition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash of what a client sees of a tool; a different hash makes a new tool version. */
final class ContentHash {

    private ContentHash() {
    }

    static String of(ToolDefinition tool) {
        String annotations = CatalogJson.annotations(tool.annotations());
        String content = tool.description() + '\u0000' + tool.inputSchema() + '\u0000' + (annotations == null ? "" : annotations);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }
}

package io.mcpcatalog.extract;

import java.util.List;

/**
 * A server found in a tree: its name, its folder ("" at the root), main language, the description its manifest
 * gives ("" when none) and tools. {@code origin} is "code", or "readme" when the tools were read from the README
 * (low confidence).
 */
public record ScannedServer(String name, String path, String language, String origin, String description,
                            List<ExtractedTool> tools) {

    public ScannedServer {
        tools = List.copyOf(tools);
    }

    public boolean fromReadme() {
        return "readme".equals(origin);
    }
}

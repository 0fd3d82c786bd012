package io.mcpcatalog.catalog;

/**
 * One entry of the gateway feed: a tool at the position of its latest change, with its state now, or a
 * tombstone ({@code tool} null) when it has left its server.
 */
public record FeedChange(long position, String serverSlug, String toolName, CatalogTool tool) {

    public boolean removed() {
        return tool == null;
    }
}

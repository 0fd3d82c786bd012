package io.mcpcatalog.classify.eval;

import io.mcpcatalog.classify.Category;
import io.mcpcatalog.classify.ServerContext;
import io.mcpcatalog.extract.ToolDefinition;

/**
 * One labelled tool of the corpus: the tool as a client sees it, the server it belongs to (its {@code serverName}
 * is what a crawl would report, so the classifier sees the same context as in production), the category a person
 * gave it per TAXONOMY.md with the reason, and where the definition came from.
 */
public record CorpusTool(String server, String serverName, Split split, ToolDefinition tool, Category label,
                         String reason, String source) {

    public ServerContext context() {
        return new ServerContext(serverName, "");
    }
}

package io.mcpcatalog.classify.eval;

import io.mcpcatalog.classify.Category;
import io.mcpcatalog.classify.ServerContext;
import io.mcpcatalog.extract.ToolDefinition;

/**
 * One labelled tool of the corpus: the tool as a client sees it, the server it belongs to (its {@code context} is
 * the name a crawl would report and the package's description, so the classifier sees what it sees in production),
 * the category a person gave it per TAXONOMY.md with the reason, and where the definition came from.
 */
public record CorpusTool(String server, ServerContext context, Split split, ToolDefinition tool, Category label,
                         String reason, String source) {
}

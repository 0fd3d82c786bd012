package io.mcpcatalog.search;

import io.mcpcatalog.catalog.CatalogChanged;
import io.mcpcatalog.catalog.CatalogConfig;
import io.mcpcatalog.catalog.CatalogService;
import io.mcpcatalog.catalog.CatalogTool;
import io.mcpcatalog.catalog.ToolKey;
import io.mcpcatalog.catalog.ToolsPage;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.jboss.logging.Logger;

/**
 * Keeps the on-disk Lucene index in step with PostgreSQL (rebuilt at start when missing or of an older format,
 * updated after every committed import) and answers searches with catalog tools.
 */
@ApplicationScoped
public class SearchService {

    static final int STARTUP_ORDER = 10;
    private static final Logger LOG = Logger.getLogger(SearchService.class);
    private static final int REBUILD_PAGE = 1000;

    @Inject
    CatalogConfig config;
    @Inject
    CatalogService catalog;

    private CatalogIndex index;

    void onStart(@Observes @Priority(STARTUP_ORDER) StartupEvent event) throws IOException {
        Path dir = Path.of(config.dataDir()).resolve("index").toAbsolutePath();
        index = CatalogIndex.open(dir);
        if (index.needsRebuild()) {
            long started = System.nanoTime();
            index.rebuild(this::allTools);
            LOG.infof("rebuilt the search index in %s from PostgreSQL: %d tools in %d ms", dir, index.count(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    void onCatalogChanged(@Observes CatalogChanged event) {
        for (String slug : event.serverSlugs()) {
            List<ToolDocument> documents = catalog.server(slug)
                    .map(server -> server.tools().stream().map(SearchService::document).toList())
                    .orElse(List.of());
            try {
                index.replaceServer(slug, documents);
            } catch (IOException e) {
                throw new UncheckedIOException("search index update failed for " + slug, e);
            }
        }
    }

    public SearchResult search(ToolQuery query) {
        try {
            SearchPage page = index.search(query);
            List<ToolKey> keys = page.hits().stream().map(hit -> new ToolKey(hit.serverSlug(), hit.toolName())).toList();
            return new SearchResult(page.total(), catalog.tools(keys));
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    @PreDestroy
    void close() throws IOException {
        if (index != null) {
            index.close();
        }
    }

    /** Walks the catalog a page at a time, so a rebuild never holds the whole catalog in memory. */
    private Iterator<ToolDocument> allTools() {
        return new Iterator<>() {
            private ToolsPage page = catalog.currentTools(0, REBUILD_PAGE);
            private int next;

            @Override
            public boolean hasNext() {
                if (next == page.tools().size() && !page.tools().isEmpty()) {
                    page = catalog.currentTools(page.last(), REBUILD_PAGE);
                    next = 0;
                }
                return next < page.tools().size();
            }

            @Override
            public ToolDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return document(page.tools().get(next++));
            }
        };
    }

    static ToolDocument document(CatalogTool tool) {
        return new ToolDocument(tool.serverSlug(), tool.serverName(), tool.serverCanonicalName(), tool.name(),
                tool.definition().description(), tool.classification().category().label(),
                tool.classification().risk().label(),
                tool.definition().params().stream().map(io.mcpcatalog.extract.ToolParam::name).toList(),
                tool.classification().capabilityLabels());
    }
}

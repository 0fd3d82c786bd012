package io.mcpcatalog.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.mcpcatalog.classify.Classification;
import io.mcpcatalog.classify.ServerContext;
import io.mcpcatalog.extract.ToolDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Imports a snapshot or a tools/list result: validates it, classifies every tool with the current rules,
 * writes it in one transaction, then tells the index. A rejected import writes nothing.
 */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    private final ImportDocumentParser parser = new ImportDocumentParser();

    @Inject
    CatalogWriter writer;
    @Inject
    Classifier classifier;
    @Inject
    Event<CatalogChanged> changed;

    public ImportReport importDocument(JsonNode body, ToolsListTarget target, String source) {
        return importBatch(parser.parse(body, target), source);
    }

    /** Imports servers found by a crawl; each server's tool list is complete. */
    public ImportReport importServers(String kind, String source, List<ServerImport> servers) {
        return importBatch(new ImportBatch(kind, servers, List.of()), source);
    }

    private ImportReport importBatch(ImportBatch batch, String source) {
        List<ClassifiedServer> classified = batch.servers().stream().map(this::classify).toList();
        ImportReport report = writer.write(batch.kind(), source, classified, batch.skipped(), classifier.version());
        LOG.infof("import %d (%s from %s): %d servers, tools %d added, %d changed, %d unchanged, %d removed, %d records skipped",
                report.runId(), report.kind(), source, report.servers().size(), report.toolsAdded(),
                report.toolsChanged(), report.toolsUnchanged(), report.toolsRemoved(), report.skipped().size());
        changed.fire(new CatalogChanged(report.servers()));
        return report;
    }

    private ClassifiedServer classify(ServerImport server) {
        ServerContext context = new ServerContext(server.identity().displayName(),
                server.description() == null ? "" : server.description());
        Map<String, Classification> classifications = new HashMap<>();
        for (ToolDefinition tool : server.tools()) {
            classifications.put(tool.name(), classifier.classify(tool, context));
        }
        return new ClassifiedServer(server, classifications);
    }
}

package io.mcpcatalog.catalog;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * On start, re-classifies a catalog that other rules classified (the service was upgraded): the catalog is exported
 * and imported again, so each unchanged tool is classified with the current rules, and the feed and the search
 * index hear of every tool whose verdict changed, as after any import.
 */
@ApplicationScoped
public class StaleClassifications {

    static final int STARTUP_ORDER = SeedImporter.STARTUP_ORDER + 1;
    private static final Logger LOG = Logger.getLogger(StaleClassifications.class);

    @Inject
    CatalogService catalog;
    @Inject
    Classifier classifier;
    @Inject
    SnapshotExporter snapshots;
    @Inject
    ImportService imports;

    void onStart(@Observes @Priority(STARTUP_ORDER) StartupEvent event) {
        refresh();
    }

    /** Re-classifies the catalog when any current tool was classified by other rules; returns how many were. */
    long refresh() {
        long stale = catalog.staleClassifications(classifier.version());
        if (stale == 0) {
            return 0;
        }
        try {
            ImportReport report = imports.importDocument(snapshots.export(), null,
                    "re-classification with rules " + classifier.version());
            LOG.infof("%d tools had been classified by other rules: the catalog was classified again (import %d)",
                    stale, report.runId());
        } catch (ImportRejectedException e) {
            // Serve what is stored: the verdicts are older, not lost.
            LOG.errorf("re-classifying the catalog failed, its %d older verdicts stay: %s %s", stale, e.getMessage(),
                    e.problems());
        }
        return stale;
    }
}

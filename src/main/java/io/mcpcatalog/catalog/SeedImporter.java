package io.mcpcatalog.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/** On start, imports the shipped snapshot when the catalog holds no server yet, so a fresh service has data. */
@ApplicationScoped
public class SeedImporter {

    static final int STARTUP_ORDER = 20;
    private static final Logger LOG = Logger.getLogger(SeedImporter.class);
    private static final String CLASSPATH = "classpath:";

    @Inject
    CatalogConfig config;
    @Inject
    CatalogService catalog;
    @Inject
    ImportService imports;

    void onStart(@Observes @Priority(STARTUP_ORDER) StartupEvent event) {
        if (!config.seed().enabled() || catalog.serverCount() > 0) {
            return;
        }
        String location = config.seed().location();
        try {
            ImportReport report = imports.importDocument(read(location), null, "seed " + location);
            LOG.infof("seeded the empty catalog from %s: %d servers, %d tools", location, report.servers().size(),
                    report.toolsAdded());
        } catch (ImportRejectedException e) {
            // Serve the (empty) catalog anyway: imports through the API still work.
            LOG.errorf("the seed snapshot %s was rejected: %s %s", location, e.getMessage(), e.problems());
        }
    }

    private static JsonNode read(String location) {
        try (InputStream in = open(location)) {
            return CatalogJson.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed snapshot " + location, e);
        }
    }

    private static InputStream open(String location) throws IOException {
        if (location.startsWith(CLASSPATH)) {
            String resource = location.substring(CLASSPATH.length());
            InputStream in = SeedImporter.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IOException("no resource " + resource);
            }
            return in;
        }
        return Files.newInputStream(Path.of(location));
    }
}

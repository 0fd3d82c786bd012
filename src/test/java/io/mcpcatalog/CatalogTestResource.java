package io.mcpcatalog;

import io.mcpcatalog.catalog.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** A real, embedded PostgreSQL and a fresh data folder (search index) for the tests' Quarkus application. */
public class CatalogTestResource implements QuarkusTestResourceLifecycleManager {

    public static final String ADMIN_TOKEN = "test-admin-token";

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        try {
            Path dataDir = Files.createTempDirectory("mcp-catalog-test");
            database = EmbeddedDatabase.start(dataDir.resolve("postgres"));
            Map<String, String> config = new HashMap<>(database.datasourceConfig());
            config.put("catalog.data-dir", dataDir.toString());
            config.put("catalog.admin-token", ADMIN_TOKEN);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        try {
            if (database != null) {
                database.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

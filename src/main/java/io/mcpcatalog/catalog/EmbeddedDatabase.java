package io.mcpcatalog.catalog;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Starts a real PostgreSQL (binaries from Maven Central) on a data folder that survives restarts,
 * for when no datasource URL is configured. Runs before Quarkus starts, so it reads no Quarkus config.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedDatabase start(Path dataDirectory) throws IOException {
        Files.createDirectories(dataDirectory);
        stopOrphanedServer(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        return new EmbeddedDatabase(postgres);
    }

    /** The Quarkus settings that point the datasource at this server. */
    public Map<String, String> datasourceConfig() {
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres").replaceAll("\\?.*$", ""),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /**
     * A JVM killed with -9 leaves its postmaster running and holding the data folder; stop it so this
     * start can take the folder over. Its clients died with the JVM, so a normal shutdown completes.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = Files.readAllLines(pidFile).stream().findFirst()
                .filter(line -> line.trim().matches("\\d+"))
                .flatMap(line -> ProcessHandle.of(Long.parseLong(line.trim())))
                .filter(process -> process.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (orphan.isPresent()) {
            orphan.get().destroy();
            orphan.get().onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
        }
    }
}

package io.mcpcatalog;

import io.mcpcatalog.catalog.EmbeddedDatabase;
import io.mcpcatalog.cli.EvalCommand;
import io.mcpcatalog.cli.ScanCommand;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.List;

/**
 * Entry point of the packaged service. With no datasource URL configured it first starts the embedded
 * PostgreSQL in {@code <catalog.data-dir>/postgres}, so one command runs the service with its catalog.
 * {@code scan ...} and {@code eval ...} run those commands instead, without the service or a database.
 */
@QuarkusMain
public final class CatalogMain {

    public static void main(String... args) throws Exception {
        if (args.length > 0 && args[0].equals("scan")) {
            System.exit(ScanCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals("eval")) {
            System.exit(EvalCommand.run(List.of(args).subList(1, args.length), System.out, System.err));
        }
        if (!datasourceConfigured()) {
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory().resolve("postgres"));
            database.datasourceConfig().forEach(System::setProperty);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    database.close();
                } catch (Exception e) {
                    System.err.println("embedded PostgreSQL did not stop cleanly: " + e.getMessage());
                }
            }, "embedded-postgres-stop"));
        }
        Quarkus.run(args);
    }

    private static boolean datasourceConfigured() {
        return System.getProperty("quarkus.datasource.jdbc.url") != null
                || System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null;
    }

    private static Path dataDirectory() {
        String configured = System.getProperty("catalog.data-dir", System.getenv("CATALOG_DATA_DIR"));
        return Path.of(configured == null || configured.isBlank() ? "data" : configured).toAbsolutePath();
    }
}

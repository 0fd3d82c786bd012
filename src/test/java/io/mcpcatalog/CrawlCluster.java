package io.mcpcatalog;

import io.mcpcatalog.catalog.EmbeddedDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * An embedded PostgreSQL that packaged service instances share, a crawlers/ folder they all read, and a JDBC
 * connection to look at the queue directly. For the multi-instance test and the crawl throughput benchmark.
 */
public final class CrawlCluster implements AutoCloseable {

    private final Path work;
    private final EmbeddedDatabase database;
    private final Connection connection;
    private final Path crawlers;

    private CrawlCluster(Path work, EmbeddedDatabase database, Connection connection, Path crawlers) {
        this.work = work;
        this.database = database;
        this.connection = connection;
        this.crawlers = crawlers;
    }

    public static CrawlCluster start(Path work) throws Exception {
        EmbeddedDatabase database = EmbeddedDatabase.start(work.resolve("postgres"));
        Map<String, String> config = database.datasourceConfig();
        Connection connection = DriverManager.getConnection(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"));
        return new CrawlCluster(work, database, connection, Files.createDirectories(work.resolve("crawlers")));
    }

    /** A service instance on this database and crawlers/ folder: short lease and intervals, no seed catalog. */
    public PackagedApp instance(int port, String name, int concurrency, int leaseSeconds) throws Exception {
        Map<String, String> settings = new HashMap<>(database.datasourceConfig());
        settings.put("catalog.seed.enabled", "false");
        settings.put("catalog.crawl.sources-dir", crawlers.toString());
        settings.put("catalog.crawl.schedule-interval", "1s");
        settings.put("catalog.crawl.poll-interval", "1s");
        settings.put("catalog.crawl.lease", leaseSeconds + "s");
        settings.put("catalog.crawl.concurrency", String.valueOf(concurrency));
        return PackagedApp.start(Files.createDirectories(work.resolve(name)), port, work.resolve(name + ".log"), settings);
    }

    /** Puts the repositories in crawlers/ as one git source file (whole, so no instance reads half of it). */
    public void addSources(String file, List<Path> repositories) throws Exception {
        Path written = Files.writeString(work.resolve(file), "kind: git\nrecrawl: P1D\nrepositories:\n"
                + repositories.stream().map(repo -> "  - " + repo.toUri() + "\n").collect(Collectors.joining()));
        Files.move(written, crawlers.resolve(file), StandardCopyOption.ATOMIC_MOVE);
    }

    /** SQL that matches the jobs an instance holds or last held. */
    public static String heldBy(PackagedApp app) {
        return "leased_by like '%/" + app.pid() + "/%'";
    }

    public long jobs(String where) {
        return scalar("select count(*) from crawl_jobs where " + where);
    }

    public long scalar(String sql) {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first two columns of each row, as a map. */
    public <T> Map<Long, T> rows(String sql, Class<T> type) throws SQLException {
        Map<Long, T> values = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.put(rows.getLong(1), rows.getObject(2, type));
            }
        }
        return values;
    }

    public static void await(BooleanSupplier condition, String what, int minutes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(minutes);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(100);
        }
    }

    @Override
    public void close() throws Exception {
        try {
            connection.close();
        } finally {
            database.close();
        }
    }
}

package io.mcpcatalog;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged service started as its own process on its own port, stopped by PID. */
public final class PackagedApp implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Process process;
    private final int port;
    private final Path log;

    private PackagedApp(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Started as a user starts it, except that it crawls no sources: the shipped crawlers/ would run npm servers, and
     * a test that kills the service would leave their work folders behind.
     */
    static PackagedApp start(Path dataDir, int port, Path log) throws Exception {
        return start(dataDir, port, log, Map.of("catalog.crawl.sources-dir", dataDir.resolve("no-crawl-sources").toString()));
    }

    /** Started with more settings, as system properties (e.g. a shared database's quarkus.datasource.jdbc.url). */
    public static PackagedApp start(Path dataDir, int port, Path log, Map<String, String> settings) throws Exception {
        PackagedApp app = new PackagedApp(command(dataDir, port, log, settings).start(), port, log);
        app.awaitReady();
        return app;
    }

    /** The packaged jar's command line with these settings as system properties, its output going to {@code log}. */
    public static ProcessBuilder command(Path dataDir, int port, Path log, Map<String, String> settings) {
        String jar = System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Dcatalog.data-dir=" + dataDir));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", jar));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
        return builder.redirectErrorStream(true).redirectOutput(log.toFile());
    }

    public long pid() {
        return process.pid();
    }

    public String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " gave " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** Like a crash: no shutdown hook runs, so the embedded PostgreSQL is left orphaned. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void awaitReady() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + ":\n" + log());
            }
            try {
                get("/q/health/ready");
                return;
            } catch (IOException | IllegalStateException notYet) {
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("the service did not become ready in time:\n" + log());
    }
}

package io.mcpcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code ./mcp-catalog regenerate} runs: the packaged service on an empty catalog crawls every source once and
 * writes the snapshot, or, when a crawl failed, leaves the file as it was and exits with 1.
 */
class RegenerateIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void crawlsEverySourceOnceAndWritesTheCatalog() throws Exception {
        List<Path> repos = McpServerRepos.create(work.resolve("repos"), "regen", 2, 2);
        Path crawlers = sources("kind: git\nrecrawl: P1D\nrepositories:\n  - " + repos.get(0).toUri() + "\n  - "
                + repos.get(1).toUri() + "\n");
        Path out = work.resolve("catalog.json");

        assertEquals(0, regenerate(crawlers, out, 18111));
        JsonNode catalog = JSON.readTree(out.toFile());
        assertEquals(2, catalog.path("servers").size());
        for (JsonNode server : catalog.path("servers")) {
            assertEquals(2 * McpServerRepos.TOOLS_PER_FILE, server.path("tools").size(), server.path("slug").asText());
            assertFalse(server.path("commit").asText().isEmpty());
        }
        // The scheduler is paused before the exit, so no crawl tick runs into the closing database.
        String log = Files.readString(work.resolve("regenerate-18111.log"));
        assertFalse(log.contains("ERROR") || log.contains("Exception"), log);
    }

    @Test
    void aFailedCrawlLeavesTheFileAsItWas() throws Exception {
        Path crawlers = sources("kind: git\nrecrawl: P1D\nrepository: " + work.resolve("missing").toUri() + "\n");
        Path out = Files.writeString(work.resolve("catalog.json"), "{\"servers\":[]}\n");

        assertEquals(1, regenerate(crawlers, out, 18112));
        assertEquals("{\"servers\":[]}\n", Files.readString(out));
        String log = Files.readString(work.resolve("regenerate-18112.log"));
        assertTrue(log.contains("1 of 1 crawls failed") && log.contains("failed: " + work.resolve("missing").toUri()), log);
    }

    private Path sources(String yaml) throws Exception {
        Path crawlers = Files.createDirectories(work.resolve("crawlers"));
        Files.writeString(crawlers.resolve("sources.yaml"), yaml);
        return crawlers;
    }

    private int regenerate(Path crawlers, Path out, int port) throws Exception {
        Path log = work.resolve("regenerate-" + port + ".log");
        ProcessBuilder builder = PackagedApp.command(work.resolve("data"), port, log, Map.of(
                "catalog.regenerate-out", out.toString(), "catalog.seed.enabled", "false",
                "catalog.crawl.sources-dir", crawlers.toString(), "catalog.crawl.schedule-interval", "1s",
                "catalog.crawl.max-attempts", "1"));
        Process process = builder.start();
        try {
            assertTrue(process.waitFor(180, TimeUnit.SECONDS), "regeneration did not end: " + Files.readString(log));
            return process.exitValue();
        } finally {
            process.destroyForcibly();
        }
    }
}

package io.mcpcatalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged service as a user runs it: first start seeds the catalog into the embedded PostgreSQL; the catalog
 * survives a restart and a crash (kill -9, which orphans PostgreSQL); a deleted index is rebuilt from PostgreSQL.
 */
class CatalogRestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int PORT = 18093;
    private static final Set<String> BACKGROUND_TOOLS =
            Set.of("backgroundExecute", "stopBackground", "listBackgroundTasks", "stopAllBackgroundTasks");

    @TempDir
    Path dataDir;

    @Test
    void catalogSurvivesRestartsAndCrashesAndItsIndexIsRebuilt() throws Exception {
        try (PackagedApp first = PackagedApp.start(dataDir, PORT, dataDir.resolve("run1.log"))) {
            assertEquals(JSON.readTree(TaxonomyDocuments.STOP_BACKGROUND_POLICY),
                    JSON.readTree(first.get("/api/v1/servers/mcp-ssh/tools/stopBackground/policy")));
            assertServedCatalog(first);
            assertTrue(first.log().contains("seeded the empty catalog"), first.log());
        }

        PackagedApp second = PackagedApp.start(dataDir, PORT, dataDir.resolve("run2.log"));
        assertServedCatalog(second);
        assertFalse(second.log().contains("seeded the empty catalog"), "a catalog with data is not seeded again");
        second.kill();

        deleteRecursively(dataDir.resolve("index"));
        try (PackagedApp third = PackagedApp.start(dataDir, PORT, dataDir.resolve("run3.log"))) {
            assertTrue(third.log().contains("rebuilt the search index"), third.log());
            assertFalse(third.log().contains("seeded the empty catalog"));
            assertServedCatalog(third);
        }
    }

    private static void assertServedCatalog(PackagedApp app) throws Exception {
        JsonNode server = JSON.readTree(app.get("/api/v1/servers/mcp-ssh"));
        assertEquals(23, server.path("toolCount").asInt());
        JsonNode hits = JSON.readTree(app.get("/api/v1/tools?q=background&limit=4")).path("items");
        List<String> names = Stream.iterate(0, i -> i < hits.size(), i -> i + 1).map(i -> hits.get(i).path("name").asText()).toList();
        assertEquals(BACKGROUND_TOOLS, Set.copyOf(names));
    }

    /** Whatever happens, leave no PostgreSQL running on the temporary folder. */
    @AfterEach
    void stopLeftoverPostgres() throws Exception {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            String pid = Files.readAllLines(pidFile).get(0).trim();
            ProcessHandle.of(Long.parseLong(pid)).ifPresent(ProcessHandle::destroy);
        }
    }

    private static void deleteRecursively(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}

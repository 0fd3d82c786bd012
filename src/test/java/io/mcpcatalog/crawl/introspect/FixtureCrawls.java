package io.mcpcatalog.crawl.introspect;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.crawl.CrawlQueue;
import io.mcpcatalog.crawl.CrawlSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

/**
 * Crawls of the packages of {@link FixtureNpmRegistry} through the queue and the service's worker, as the scheduler
 * queues them. Each server reads its tool's description from a file at every listing, so a test can change the
 * description while the package's version stays the same.
 */
final class FixtureCrawls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FixtureCrawls() {
    }

    /** A file everyone may read (the isolated sandbox runs servers as nobody) holding the description. */
    static Path descriptionFile(String description) throws IOException {
        Path folder = Files.createTempDirectory(Path.of("/tmp"), "runtime-description-");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path file = folder.resolve("description.txt");
        describe(file, description);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        folder.toFile().deleteOnExit();
        file.toFile().deleteOnExit();
        return file;
    }

    static void describe(Path file, String description) throws IOException {
        Files.writeString(file, description);
    }

    /** Queues the package's source, as crawlers/ would define it, and waits until its job ended. */
    static JsonPath crawl(CrawlQueue queue, String packageName, Path descriptionFile) throws InterruptedException {
        ObjectNode spec = JSON.createObjectNode().put("kind", "npm").put("package", packageName).put("recrawl", "PT1H");
        spec.putArray("args").add("runtime-description");
        spec.putObject("env").put("HOSTILE_DESCRIPTION_FILE", descriptionFile.toString());
        long id = queue.enqueue(new CrawlSource("npm", packageName, spec, Duration.ofHours(1))).id();
        for (int i = 0; i < 480; i++) {
            JsonPath job = given().get("/api/v1/crawls/" + id).then().statusCode(200).extract().jsonPath();
            if (job.getString("state").equals("done") || job.getString("state").equals("failed")) {
                return job;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("crawl " + id + " of " + packageName + " did not end");
    }

    /** Moves the package's finished jobs back in time, as if its last listing were {@code ago} in the past. */
    static void listedAgo(EntityManager entityManager, String packageName, Duration ago) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                        update crawl_jobs set finished_at = finished_at - make_interval(secs => :ago)
                        where source_key = :key and state = 'done'""")
                .setParameter("ago", (double) ago.toSeconds()).setParameter("key", "npm " + packageName)
                .executeUpdate());
    }

    /** The fixture server's one tool as the catalog's API shows it. */
    static JsonPath tool(String packageName) {
        return given().get("/api/v1/servers/" + packageName + "/tools/read_note").then().statusCode(200)
                .extract().jsonPath();
    }

    /** The job ran nothing: the version had not moved and the server was not listed again. */
    static void assertSkipped(JsonPath job) {
        assertEquals("done", job.getString("state"), job.prettify());
        assertTrue(job.getBoolean("unchanged"), job.prettify());
        assertFalse(job.getBoolean("relisted"), job.prettify());
        assertNull(job.get("importRunId"), "nothing was imported");
    }
}

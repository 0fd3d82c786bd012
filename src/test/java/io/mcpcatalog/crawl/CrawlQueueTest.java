package io.mcpcatalog.crawl;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.mcpcatalog.CatalogTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The queue in PostgreSQL with the service's worker running: one job per source at a time, re-crawls when the
 * interval passed, dispatch by kind (a kind without a runner fails with that reason), and a registry crawl that
 * queues the sources behind its entries.
 */
@QuarkusTest
@WithTestResource(value = CatalogTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CrawlQueueTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    CrawlQueue queue;
    @Inject
    CrawlReads reads;
    @Inject
    EntityManager entityManager;

    private static JsonPath awaitEnded(long id) throws InterruptedException {
        for (int i = 0; i < 240; i++) {
            JsonPath job = given().get("/api/v1/crawls/" + id).then().statusCode(200).extract().jsonPath();
            if (job.getString("state").equals("done") || job.getString("state").equals("failed")) {
                return job;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("crawl " + id + " did not end");
    }

    private static JsonPath post(Object body) {
        return given().header("Authorization", "Bearer " + CatalogTestResource.ADMIN_TOKEN).contentType("application/json")
                .body(body).post("/api/v1/crawls").then().statusCode(202).extract().jsonPath();
    }

    private static String kindOf(long id) {
        return given().get("/api/v1/crawls/" + id).then().extract().path("kind");
    }

    @Test
    void aSourceIsQueuedOnceAtATimeAndAgainOnlyWhenItsIntervalHasPassed() throws Exception {
        String empty = Files.writeString(Files.createTempFile("registry", ".json"), "[]").toString();
        CrawlSource source = new CrawlSource("registry", empty,
                JSON.createObjectNode().put("kind", "registry").put("file", empty), Duration.ofSeconds(2));
        assertEquals(1, queue.enqueueDue(List.of(source)));
        assertEquals(0, queue.enqueueDue(List.of(source)), "already queued or running");
        CrawlJob job = queue.enqueue(source);
        assertEquals(job.id(), queue.enqueue(source).id(), "asking again gives the job already queued");
        JsonPath ended = awaitEnded(job.id());
        assertEquals("done", ended.getString("state"), ended.prettify());
        assertEquals(0, queue.enqueueDue(List.of(source)), "its interval has not passed");
        Thread.sleep(2100);
        assertEquals(1, queue.enqueueDue(List.of(source)));
    }

    @Test
    void aRegistryCrawlQueuesItsEntriesSourcesAndAKindWithoutARunnerFailsWithThatReason() throws Exception {
        CountDownLatch answer = new CountDownLatch(1);
        HttpServer registry = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        registry.createContext("/v0/servers", exchange -> {
            try {
                answer.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = """
                    {"servers": [{"server": {"name": "io.github.o/weather", "description": "d", "version": "2.1",
                      "repository": {"url": "https://127.0.0.1:9/o/weather", "source": "github"},
                      "packages": [{"registryType": "pypi", "identifier": "weather-mcp", "version": "2.1",
                                    "transport": {"type": "stdio"}}]}}],
                     "metadata": {"count": 1}}""".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        registry.start();
        try {
            Map<String, String> definition = Map.of("kind", "registry", "recrawl", "P1D",
                    "url", "http://127.0.0.1:" + registry.getAddress().getPort() + "/v0/servers");
            JsonPath first = post(definition);
            long id = first.getLong("id");
            for (int i = 0; i < 100 && !given().get("/api/v1/crawls/" + id).then().extract().path("state").equals("running"); i++) {
                Thread.sleep(100);
            }
            JsonPath again = post(definition);
            assertEquals(id, again.getLong("id"), "a running source is not queued twice");
            assertEquals("running", again.getString("state"));
            answer.countDown();
            JsonPath done = awaitEnded(id);
            assertEquals("done", done.getString("state"), done.prettify());
            assertEquals(1, done.getInt("serversFound"));

            List<Map<String, Object>> jobs = given().get("/api/v1/crawls?limit=20").then().statusCode(200)
                    .extract().jsonPath().getList("jobs");
            Map<String, Object> pypi = jobs.stream().filter(j -> "pypi".equals(j.get("kind"))).findFirst().orElseThrow();
            assertEquals("weather-mcp==2.1", pypi.get("source"));
            assertTrue(jobs.stream().anyMatch(j -> "git".equals(j.get("kind")) && "https://127.0.0.1:9/o/weather".equals(j.get("source"))), jobs.toString());
            JsonPath failed = awaitEnded(((Number) pypi.get("id")).longValue());
            assertEquals("failed", failed.getString("state"));
            assertEquals(1, failed.getInt("attempts"), "retrying cannot help");
            assertTrue(failed.getString("error").contains("no crawl runner for kind 'pypi'"), failed.getString("error"));
            assertEquals("pypi", kindOf(failed.getLong("id")));
        } finally {
            registry.stop(0);
        }
    }

    /** A job as a worker that died left it: running, its lease expired, after {@code attempts} attempts. */
    private long abandonedJob(String source, int attempts, String extra, String extraValues) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                        insert into crawl_jobs (kind, source, source_key, spec, state, attempts, max_attempts, run_after,
                                                leased_by, lease_until, created_at, started_at%s)
                        values ('git', :source, 'git ' || :source, '{"kind": "git"}', 'running', :attempts, 3, now(),
                                'dead-host/1/gone', now() - interval '1 second', now(), now()%s)
                        returning id""".formatted(extra, extraValues))
                .setParameter("source", source).setParameter("attempts", attempts).getSingleResult()).longValue());
    }

    @Test
    void aJobWhoseWorkerDiedIsTakenOverAndCompletedFromItsRecordedImportOrFailedAfterItsLastAttempt() throws Exception {
        Path folder = Files.createDirectories(Files.createTempDirectory("crawl").resolve("orphan-server"));
        Files.writeString(folder.resolve("README.md"), "# Orphan\n## Tools\n- `list_orphans`: Lists orphans\n");
        JsonPath retaken = awaitEnded(abandonedJob(folder.toString(), 1, "", ""));
        assertEquals("done", retaken.getString("state"), retaken.prettify());
        assertEquals(2, retaken.getInt("attempts"));
        assertEquals(1, retaken.getInt("toolsFound"));

        long run = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                insert into import_runs (kind, source, started_at, finished_at, servers_count, tools_added, tools_changed, tools_removed)
                values ('crawl', '/gone/imported', now(), now(), 1, 5, 0, 0) returning id""").getSingleResult()).longValue());
        JsonPath recorded = awaitEnded(abandonedJob("/gone/imported", 1, ", version, servers_found, tools_found, import_run_id",
                ", 'abc123', 1, 5, " + run));
        assertEquals("done", recorded.getString("state"), "completed without running it again: " + recorded.prettify());
        assertEquals("abc123", recorded.getString("version"));
        assertEquals(5, recorded.getInt("toolsFound"));
        assertEquals(run, recorded.getLong("importRunId"));

        JsonPath abandoned = awaitEnded(abandonedJob("/gone/thrice", 3, "", ""));
        assertEquals("failed", abandoned.getString("state"));
        assertEquals(3, abandoned.getInt("attempts"));
        assertTrue(abandoned.getString("error").contains("its worker stopped during each of its 3 attempts"), abandoned.prettify());
    }

    @Test
    void progressCountsEveryStateAndAPostedDefinitionIsCheckedLikeAFile() {
        given().get("/api/v1/crawls?limit=0").then().statusCode(200)
                .body("counts.keySet()", org.hamcrest.Matchers.contains("queued", "running", "done", "failed"))
                .body("jobs.size()", org.hamcrest.Matchers.is(0));
        assertEquals(List.of("queued", "running", "done", "failed"), List.copyOf(reads.counts().keySet()));
        given().header("Authorization", "Bearer " + CatalogTestResource.ADMIN_TOKEN).contentType("application/json")
                .body(Map.of("kind", "git", "repository", "https://github.com/o/r", "recrawl", "one week"))
                .post("/api/v1/crawls").then().statusCode(400).body("message", containsString("$.recrawl: must be an ISO-8601 duration"));
        given().header("Authorization", "Bearer " + CatalogTestResource.ADMIN_TOKEN).contentType("application/json")
                .body(Map.of("kind", "git", "repositories", List.of("https://github.com/o/r", "https://github.com/o/s"), "recrawl", "P1D"))
                .post("/api/v1/crawls").then().statusCode(400).body("message", containsString("one source per request"));
        given().header("Authorization", "Bearer " + CatalogTestResource.ADMIN_TOKEN).contentType("application/json")
                .body(Map.of("kind", "mcp-stdio", "command", "sh", "recrawl", "P1D"))
                .post("/api/v1/crawls").then().statusCode(400).body("message", containsString("only from the files of crawlers/"));
        given().contentType("application/json").body(Map.of("kind", "npm", "package", "x", "recrawl", "P1D"))
                .post("/api/v1/crawls").then().statusCode(401);
    }
}

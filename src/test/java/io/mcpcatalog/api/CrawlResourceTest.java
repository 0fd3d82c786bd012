package io.mcpcatalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.mcpcatalog.CatalogTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;

/** Crawls through the API: enqueued, run by the worker from the PostgreSQL queue, and landed in the catalog. */
@QuarkusTest
@WithTestResource(value = CatalogTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CrawlResourceTest {

    private static final String README = """
            # Notes server
            ## Tools
            - `list_notes`: Lists notes
            - `delete_note`: Deletes a note
            """;

    private static JsonPath awaitFinished(String location) throws InterruptedException {
        for (int i = 0; i < 120; i++) {
            JsonPath job = given().get(location).then().statusCode(200).extract().jsonPath();
            if (!job.getString("state").equals("queued") && !job.getString("state").equals("running")) {
                return job;
            }
            if (job.getString("error") != null) {
                return job;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("crawl did not finish: " + location);
    }

    private static String enqueue(String source) {
        return given().header("Authorization", "Bearer " + CatalogTestResource.ADMIN_TOKEN).contentType("application/json")
                .body("{\"source\": \"" + source + "\"}").post("/api/v1/crawls")
                .then().statusCode(202).body("state", equalTo("queued")).extract().header("Location");
    }

    @Test
    void aFolderCrawlLandsItsToolsInTheCatalogClassified() throws Exception {
        Path folder = Files.createDirectories(Files.createTempDirectory("crawl").resolve("notes-server"));
        Files.writeString(folder.resolve("README.md"), README);
        JsonPath job = awaitFinished(enqueue(folder.toString()));
        assertEquals("done", job.getString("state"));
        assertEquals(2, job.getInt("toolsFound"));
        given().get("/api/v1/servers/notes-server/tools/delete_note").then().statusCode(200)
                .body("category", equalTo("Destructive"));
        given().get("/api/v1/crawls").then().statusCode(200).body("jobs.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("counts.done", org.hamcrest.Matchers.greaterThan(0)).body("toolsFound", org.hamcrest.Matchers.greaterThan(1));
    }

    private static String commit(Git git, Path repo, String readme) throws Exception {
        Files.writeString(repo.resolve("README.md"), readme);
        git.add().addFilepattern("README.md").call();
        return git.commit().setMessage("change").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
                .setSign(false).call().name();
    }

    @Test
    void aGitCrawlRecordsItsCommitAndAnUnchangedRepositoryIsNotExtractedAgain() throws Exception {
        Path repo = Files.createTempDirectory("origin").resolve("git-notes");
        try (Git git = Git.init().setDirectory(repo.toFile()).call()) {
            String first = commit(git, repo, README);
            String url = repo.toUri().toString();
            JsonPath crawled = awaitFinished(enqueue(url));
            assertEquals("done", crawled.getString("state"), crawled.prettify());
            assertEquals(first, crawled.getString("version"));
            assertEquals("git", crawled.getString("kind"));
            assertEquals(false, crawled.getBoolean("unchanged"));
            assertEquals(2, crawled.getInt("toolsFound"));
            given().get("/api/v1/crawls/" + crawled.getInt("id")).then().body("importRunId", notNullValue());

            JsonPath again = awaitFinished(enqueue(url));
            assertEquals("done", again.getString("state"), again.prettify());
            assertEquals(true, again.getBoolean("unchanged"), again.prettify());
            assertEquals(first, again.getString("version"));
            assertEquals(2, again.getInt("toolsFound"), "an unchanged crawl keeps the counts of the last one");
            assertNull(again.get("importRunId"), "nothing was imported");

            String second = commit(git, repo, README + "- `archive_note`: Archives a note\n");
            JsonPath changed = awaitFinished(enqueue(url));
            assertEquals(false, changed.getBoolean("unchanged"), changed.prettify());
            assertEquals(second, changed.getString("version"));
            assertEquals(3, changed.getInt("toolsFound"));
        }
        given().get("/api/v1/servers/git-notes/tools/archive_note").then().statusCode(200);
    }

    @Test
    void aFailedCrawlReportsWhyAndWritesNothing() throws Exception {
        Path folder = Files.createDirectories(Files.createTempDirectory("crawl").resolve("vanishing-server"));
        Files.writeString(folder.resolve("README.md"), README);
        String location = enqueue(folder.toString());
        Files.delete(folder.resolve("README.md"));
        Files.delete(folder);
        JsonPath job = awaitFinished(location);
        assertEquals(1, job.getInt("attempts"));
        given().get(location).then().body("error", containsString("neither a folder nor a git URL"));
        given().get("/api/v1/servers/vanishing-server").then().statusCode(404);
    }

    @Test
    void badRequestsAreRejectedWithAMessage() {
        given().contentType("application/json").body("{\"source\":\"/tmp\"}").post("/api/v1/crawls").then().statusCode(401);
        given().header("Authorization", "Bearer " + CatalogTestResource.ADMIN_TOKEN).contentType("application/json")
                .body("{\"source\":\"relative/folder\"}").post("/api/v1/crawls").then().statusCode(400)
                .body("message", containsString("neither a git URL"));
        given().header("Authorization", "Bearer " + CatalogTestResource.ADMIN_TOKEN).contentType("application/json")
                .body("{}").post("/api/v1/crawls").then().statusCode(400);
        given().header("Authorization", "Bearer " + CatalogTestResource.ADMIN_TOKEN).contentType("application/json")
                .body("[\"https://github.com/o/r\"]").post("/api/v1/crawls").then().statusCode(400);
        given().get("/api/v1/crawls/abc").then().statusCode(400);
        given().get("/api/v1/crawls?limit=x").then().statusCode(400).body("message", containsString("'limit'"));
        given().get("/api/v1/crawls?limit=501").then().statusCode(400);
        given().get("/api/v1/crawls/999999").then().statusCode(404);
    }
}

package io.mcpcatalog.crawl.introspect;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.CatalogTestResource;
import io.mcpcatalog.catalog.ImportService;
import io.mcpcatalog.catalog.ServerIdentity;
import io.mcpcatalog.catalog.ServerImport;
import io.mcpcatalog.crawl.CrawlRequest;
import io.mcpcatalog.extract.SourceLocation;
import io.mcpcatalog.extract.ToolDefinition;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A server known from its code (a code crawl with source locations) and from introspection (the hostile server's
 * well-behaved mode, linked by the repository in its source definition): the running server's list is what the
 * catalog holds, the code gives locations, and the disagreements are shown in the API and on the tool page.
 */
@QuarkusTest
@WithTestResource(CatalogTestResource.class)
class CodeLiveMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REPOSITORY = "https://github.com/example/merge-notes";

    @Inject
    ImportService imports;
    @Inject
    IntrospectionRunner runner;

    @Test
    void introspectionIsAuthoritativeAndTheCodeAddsLocations() throws Exception {
        importCode("c0de1", List.of(
                codeTool("read_note", "Reads a note.", "src/notes.ts", 3),
                codeTool("delete_note", "Removes a note.", "src/notes.ts", 9),
                codeTool("legacy_export", "Exports every note.", "src/legacy.ts", 1)));
        runner.run(liveJob());

        String server = "/api/v1/servers/merge-notes";
        given().get(server).then().statusCode(200)
                .body("tools.name", equalTo(List.of("read_note", "delete_note")))
                .body("live.serverName", equalTo("hostile-ok"))
                .body("live.serverVersion", equalTo("6.6.6"))
                .body("description", equalTo("Keeps short notes for the user."))
                .body("commit", equalTo("c0de1"))
                .body("codeDisagreements.kind", equalTo(List.of("description-differs", "in-code-not-listed")))
                .body("codeDisagreements.tool", equalTo(List.of("delete_note", "legacy_export")));
        given().get(server + "/tools/read_note").then().statusCode(200)
                .body("source.file", equalTo("src/notes.ts")).body("source.line", equalTo(3))
                .body("codeDisagreements", equalTo(List.of()));
        given().get(server + "/tools/delete_note").then().statusCode(200)
                .body("description", equalTo("Deletes a note for good."))
                .body("codeDisagreements[0].code", equalTo("Removes a note."))
                .body("codeDisagreements[0].live", equalTo("Deletes a note for good."))
                .body("findings.id", not(hasItem("finding-definition-changed")));
        given().get("/servers/merge-notes/tools/delete_note").then().statusCode(200)
                .body(containsString("Code and running server disagree"))
                .body(containsString("Removes a note."));
    }

    @Test
    void aLaterCodeCrawlMovesLocationsButKeepsTheRunningServersList() throws Exception {
        String repository = REPOSITORY + "-2";
        importCode(repository, "c0de1", List.of(codeTool("read_note", "Reads a note.", "src/notes.ts", 3)));
        runner.run(liveJob(repository));
        importCode(repository, "c0de2", List.of(
                codeTool("read_note", "Reads a note.", "src/read.ts", 30),
                codeTool("brand_new", "Not released yet.", "src/new.ts", 1)));

        String server = "/api/v1/servers/merge-notes-2";
        given().get(server).then().statusCode(200)
                .body("tools.name", equalTo(List.of("read_note", "delete_note")))
                .body("commit", equalTo("c0de2"))
                .body("codeDisagreements.tool", equalTo(List.of("brand_new", "delete_note")))
                .body("codeDisagreements.kind", equalTo(List.of("in-code-not-listed", "listed-not-in-code")));
        given().get(server + "/tools/read_note").then()
                .body("source.file", equalTo("src/read.ts")).body("source.line", equalTo(30))
                .body("version", equalTo(1));
    }

    @Test
    void aSnapshotCarriesWhatTheRunningServerSaidAndImportsBack() throws Exception {
        String repository = REPOSITORY + "-3";
        runner.run(liveJob(repository));
        String snapshot = given().get("/api/v1/snapshot").then().statusCode(200)
                .body("servers.find { it.slug == 'merge-notes-3' }.live.serverName", equalTo("hostile-ok"))
                .body("servers.find { it.slug == 'merge-notes-3' }.live.transport", equalTo("stdio"))
                .extract().asString();
        given().header("Authorization", "Bearer " + CatalogTestResource.ADMIN_TOKEN).contentType("application/json")
                .body(snapshot).post("/api/v1/imports").then().statusCode(200);
        given().get("/api/v1/servers/merge-notes-3").then().statusCode(200)
                .body("live.serverVersion", equalTo("6.6.6"));
    }

    private void importCode(String commit, List<ToolDefinition> tools) {
        importCode(REPOSITORY, commit, tools);
    }

    private void importCode(String repository, String commit, List<ToolDefinition> tools) {
        imports.importServers("crawl", repository, List.of(new ServerImport(
                ServerIdentity.fromRepository(repository, "", null), repository, "", "typescript", "", commit,
                OffsetDateTime.now(), tools)));
    }

    private static ToolDefinition codeTool(String name, String description, String file, int line) {
        return new ToolDefinition(name, description, List.of(), "{\"type\":\"object\",\"properties\":{}}", null,
                new SourceLocation(file, line, "ts-mcpserver-tool"));
    }

    private static CrawlRequest liveJob() {
        return liveJob(REPOSITORY);
    }

    private static CrawlRequest liveJob(String repository) {
        ObjectNode spec = JSON.createObjectNode().put("command", "node").put("repository", repository);
        spec.putArray("args").add(HostileServer.script().toString()).add("ok");
        return new CrawlRequest(3, "mcp-stdio", "notes server", spec, null);
    }
}

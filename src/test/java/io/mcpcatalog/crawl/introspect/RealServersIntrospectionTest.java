package io.mcpcatalog.crawl.introspect;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.CatalogTestResource;
import io.mcpcatalog.crawl.CrawlRequest;
import io.mcpcatalog.crawl.CrawlResult;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Real MCP servers from npm (installed by the runner into the cache folder on first use, ~/.cache/mcp-catalog by
 * default, and reused afterwards): the reference servers "everything" and "filesystem" over stdio in the sandbox,
 * and "everything" serving streamable HTTP on loopback.
 */
@QuarkusTest
@WithTestResource(CatalogTestResource.class)
class RealServersIntrospectionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVERYTHING = "@modelcontextprotocol/server-everything";

    @Inject
    IntrospectionRunner runner;
    @Inject
    IntrospectConfig config;

    @Test
    void everythingOverStdioThenUnchangedWhenTheVersionIsTheSameAndWasJustListed() throws Exception {
        CrawlResult first = runner.run(npmJob(EVERYTHING, List.of("stdio"), null, null));
        assertFalse(first.unchanged());
        assertTrue(first.toolsFound() >= 5, "tools found: " + first.toolsFound());
        assertTrue(first.version().matches("\\d+\\.\\d+\\.\\d+.*"), first.version());
        given().get("/api/v1/servers/server-everything").then().statusCode(200)
                .body("canonicalName", org.hamcrest.Matchers.equalTo("npm/" + EVERYTHING))
                .body("live.packageName", org.hamcrest.Matchers.equalTo(EVERYTHING))
                .body("live.packageVersion", org.hamcrest.Matchers.equalTo(first.version()))
                .body("live.serverName", notNullValue())
                .body("live.serverVersion", notNullValue())
                .body("live.protocolVersion", matchesPattern("\\d{4}-\\d{2}-\\d{2}"))
                .body("live.transport", org.hamcrest.Matchers.equalTo("stdio"))
                .body("live.sandbox", org.hamcrest.Matchers.equalTo(runner.sandbox().level().label()))
                .body("tools.name", hasItems("echo"));

        CrawlResult again = runner.run(npmJob(EVERYTHING, List.of("stdio"), first.version(), OffsetDateTime.now()));
        assertTrue(again.unchanged());
        assertEquals(first.version(), again.version());
        assertNull(again.importRunId());
    }

    @Test
    void filesystemOverStdio() throws Exception {
        CrawlResult result = runner.run(npmJob("@modelcontextprotocol/server-filesystem", List.of("/tmp"), null, null));
        assertTrue(result.toolsFound() >= 5, "tools found: " + result.toolsFound());
        given().get("/api/v1/servers/server-filesystem").then().statusCode(200)
                .body("description", org.hamcrest.Matchers.containsString("filesystem"))
                .body("tools.name", hasItems("write_file", "list_directory"))
                .body("tools.find { it.name == 'write_file' }.category", org.hamcrest.Matchers.equalTo("Write"));
    }

    @Test
    void everythingOverStreamableHttp() throws Exception {
        NpmPackages npm = NpmPackages.of(config);
        InstalledPackage everything = npm.install(EVERYTHING, npm.resolve(EVERYTHING, "latest"));
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder("node", everything.folder().resolve(everything.entry()).toString(),
                "streamableHttp").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("PORT", String.valueOf(port));
        Process server = builder.start();
        try {
            awaitListening(port, Duration.ofSeconds(30));
            ObjectNode spec = JSON.createObjectNode().put("url", "http://127.0.0.1:" + port + "/mcp");
            CrawlResult result = runner.run(new CrawlRequest(2, "mcp-http", "everything over HTTP", spec, null));
            assertTrue(result.toolsFound() >= 5, "tools found: " + result.toolsFound());
            given().get("/api/v1/servers").then().statusCode(200);
            String slug = given().get("/api/v1/servers?q=everything&limit=50").then().extract()
                    .path("items.find { it.canonicalName.startsWith('local/') }.slug");
            given().get("/api/v1/servers/" + slug).then().statusCode(200)
                    .body("live.transport", org.hamcrest.Matchers.equalTo("streamable-http"))
                    .body("live.sandbox", nullValue())
                    .body("live.protocolVersion", matchesPattern("\\d{4}-\\d{2}-\\d{2}"))
                    .body("tools.name", hasItems("echo"));
        } finally {
            ServerProcess.killTree(server);
        }
    }

    private static CrawlRequest npmJob(String name, List<String> args, String lastVersion, OffsetDateTime lastListedAt) {
        ObjectNode spec = JSON.createObjectNode().put("package", name);
        args.forEach(spec.putArray("args")::add);
        return new CrawlRequest(1, "npm", "npm " + name, spec, lastVersion, lastListedAt);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitListening(int port, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the server did not listen on port " + port + " within " + limit);
    }
}

package io.mcpcatalog.crawl.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.CatalogTestResource;
import io.mcpcatalog.catalog.CatalogService;
import io.mcpcatalog.crawl.CrawlFailure;
import io.mcpcatalog.crawl.CrawlRequest;
import io.mcpcatalog.crawl.CrawlResult;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The runner against the hostile server (src/test/resources/introspect/hostile-server.js) in the sandbox this
 * machine offers: every misbehaviour is a failed job with its reason, nothing is written, no process and no work
 * folder is left behind, and the server sees no secret of the service.
 */
@QuarkusTest
@WithTestResource(CatalogTestResource.class)
class IntrospectionRunnerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path WORK_ROOT = Path.of(System.getProperty("java.io.tmpdir"), "mcp-catalog-introspect");

    @Inject
    IntrospectionRunner runner;
    @Inject
    CatalogService catalog;

    private Set<Path> workFoldersBefore;

    @BeforeEach
    void noteWorkFolders() throws IOException {
        workFoldersBefore = workFolders();
    }

    /** Folders of earlier runs (a killed service leaves its jobs' folders) are not this test's. */
    @AfterEach
    void nothingLeftBehind() throws IOException {
        Set<Path> left = workFolders();
        left.removeAll(workFoldersBefore);
        assertEquals(Set.of(), left, "work folders left in " + WORK_ROOT);
    }

    private static Set<Path> workFolders() throws IOException {
        if (!Files.isDirectory(WORK_ROOT)) {
            return new HashSet<>();
        }
        try (Stream<Path> folders = Files.list(WORK_ROOT)) {
            return folders.filter(p -> p.getFileName().toString().startsWith("server-"))
                    .collect(Collectors.toCollection(HashSet::new));
        }
    }

    @Test
    void eachHostileServerFailsWithItsReasonAndWritesNothing() {
        long servers = catalog.serverCount();
        assertFails("garbage", "answered invalid JSON-RPC during initialize: 'this is not JSON-RPC at all'");
        assertFails("exit-mid-answer", "exited with code 3 during initialize: in the middle of a message");
        assertFails("flood-lines", "output over the limit of 1048576 bytes during initialize");
        assertFails("flood-no-newline", "output over the limit of 1048576 bytes during initialize");
        assertFails("hang-list", "timed out listing: tools/list not answered in full within 5 s");
        assertFails("cursor-loop", "tool list invalid: tools/list paging loops, cursor 'same' came back on page 3");
        assertFails("duplicate-names", "tool list invalid: $.tools[1].name: tool name 'twice' appears twice");
        assertFails("invalid-schema", "tool list invalid: $.tools[0].name: ");
        assertEquals(servers, catalog.serverCount(), "a failed introspection wrote a server");
    }

    @Test
    void aChildTheServerLeftRunningIsKilled() throws CrawlFailure {
        String marker = HostileServer.marker();
        CrawlResult result = runner.run(job("spawn-child", Map.of("HOSTILE_MARKER", marker)));
        assertEquals(2, result.toolsFound());
        assertEquals(Set.of(), Set.copyOf(HostileServer.processesMarked(marker)), "the server's child still runs");
    }

    @Test
    void theServerSeesOnlyItsMinimalEnvironment() throws Exception {
        runner.run(job("env", Map.of("GIVEN_BY_SOURCE", "yes")));
        JsonNode seen = JSON.readTree(catalog.tool("hostile-env", "env").orElseThrow().definition().description());
        Set<String> allowed = Set.of("PATH", "HOME", "TMPDIR", "PWD", "GIVEN_BY_SOURCE");
        seen.fieldNames().forEachRemaining(name -> assertTrue(allowed.contains(name), "the server saw " + name));
        assertEquals("yes", seen.path("GIVEN_BY_SOURCE").asText());
        assertEquals("/usr/local/bin:/usr/bin:/bin", seen.path("PATH").asText());
        assertTrue(seen.path("HOME").asText().startsWith(WORK_ROOT.toString()), seen.path("HOME").asText());
        assertTrue(System.getenv().keySet().stream().anyMatch(name -> !allowed.contains(name)),
                "the service has variables of its own that the server must not see");
    }

    @Test
    void theIsolatedSandboxBlocksTheNetworkAndWritesOutsideTheWorkFolder() throws Exception {
        assumeTrue(runner.sandbox().level() == SandboxLevel.ISOLATED, "no isolated sandbox: " + runner.sandbox());
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            runner.run(job("network", Map.of("HOSTILE_PROBE", "127.0.0.1:" + listener.getLocalPort())));
            String outcome = catalog.tool("hostile-network", "network").orElseThrow().definition().description();
            assertTrue(outcome.startsWith("error "), outcome);
            listener.setSoTimeout(200);
            assertThrows(SocketTimeoutException.class, listener::accept, "the sandboxed server reached the network");
        }
        Path outside = Path.of("/tmp", HostileServer.marker());
        runner.run(job("write-outside", Map.of("HOSTILE_TARGET", outside.toString())));
        String written = catalog.tool("hostile-write-outside", "write").orElseThrow().definition().description();
        assertTrue(written.startsWith("error "), written);
        assertFalse(Files.exists(outside));
        assertEquals("isolated", catalog.server("hostile-write-outside").orElseThrow().server().live().sandbox());
    }

    @Test
    void aBadSourceDefinitionIsAFailureWithItsReason() {
        ObjectNode spec = JSON.createObjectNode().put("command", "node");
        spec.putArray("args").addObject();
        CrawlFailure failure = assertThrows(CrawlFailure.class,
                () -> runner.run(new CrawlRequest(1, "mcp-stdio", "bad", spec, null)));
        assertEquals("the source definition's 'args' must be a list of strings", failure.getMessage());
        CrawlFailure missing = assertThrows(CrawlFailure.class,
                () -> runner.run(new CrawlRequest(1, "npm", "bad", JSON.createObjectNode(), null)));
        assertEquals("the source definition has no 'package'", missing.getMessage());
    }

    private String assertFails(String mode, String reason) {
        CrawlFailure failure = assertThrows(CrawlFailure.class, () -> runner.run(job(mode, Map.of())), mode);
        assertTrue(failure.getMessage().startsWith(reason), mode + ": " + failure.getMessage());
        assertFalse(catalog.hasServer("hostile-" + mode), mode + " was written");
        return failure.getMessage();
    }

    static CrawlRequest job(String mode, Map<String, String> env) {
        ObjectNode spec = JSON.createObjectNode().put("command", "node");
        spec.putArray("args").add(HostileServer.script().toString()).add(mode);
        ObjectNode variables = spec.putObject("env");
        env.forEach(variables::put);
        return new CrawlRequest(1, "mcp-stdio", "hostile " + mode, spec, null);
    }
}

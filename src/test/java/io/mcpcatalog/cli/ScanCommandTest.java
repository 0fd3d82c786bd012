package io.mcpcatalog.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scan command end to end on a folder: JSON per DESIGN.md, table, SARIF, --out, and its errors. */
class ScanCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;
    private Path server;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void writeServer() throws Exception {
        server = Files.createDirectories(work.resolve("files-server"));
        Files.writeString(server.resolve("README.md"), """
                # Files server
                ## Tools
                | Tool | Description |
                |---|---|
                | `read_file` | Reads a file |
                | `delete_file` | Deletes a file permanently |
                """);
    }

    private int scan(String... args) {
        return ScanCommand.run(List.of(args), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void jsonFollowsTheScanOutputContract() throws Exception {
        assertEquals(0, scan(server.toString()));
        JsonNode document = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(server.toString(), document.path("source").asText());
        JsonNode tools = document.path("servers").get(0).path("tools");
        assertEquals("readme", document.path("servers").get(0).path("origin").asText());
        assertEquals("delete_file", tools.get(1).path("name").asText());
        assertEquals("Destructive", tools.get(1).path("classification").path("category").asText());
        assertEquals("Blocked by default. Requires approval.",
                tools.get(1).path("policy").path("delete_file").path("deny_if").get(0).path("on_deny").asText());
        assertEquals("README.md", tools.get(0).path("source").path("file").asText());
        assertEquals(2, document.path("stats").path("tools").asInt());
    }

    @Test
    void tableAndSarifFormats() throws Exception {
        assertEquals(0, scan(server.toString(), "--format", "table"));
        String table = out.toString(StandardCharsets.UTF_8);
        assertTrue(table.contains("delete_file") && table.contains("Critical"), table);
        out.reset();
        assertEquals(0, scan(server.toString(), "--format", "sarif"));
        JsonNode sarif = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals("2.1.0", sarif.path("version").asText());
        JsonNode results = sarif.path("runs").get(0).path("results");
        assertEquals("error", results.get(1).path("level").asText());
        assertEquals("README.md", results.get(1).path("locations").get(0).path("physicalLocation")
                .path("artifactLocation").path("uri").asText());
    }

    @Test
    void outWritesOneFilePerSource() throws Exception {
        Path reports = work.resolve("reports");
        assertEquals(0, scan(server.toString(), "--out", reports.toString()));
        assertTrue(Files.exists(reports.resolve("files-server.json")));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theManifestDescriptionIsTheServersContext() throws Exception {
        Path books = Files.createDirectories(work.resolve("books-server"));
        Files.writeString(books.resolve("README.md"), """
                # Books server
                ## Tools
                | Tool | Description |
                |---|---|
                | `create_bill_payment` | Create a bill payment. |
                """);
        assertEquals("Financial", billPaymentCategory(books));
        Files.writeString(books.resolve("package.json"), """
                {"name": "books-server", "version": "1.0.0", "description": "MCP server for QuickBooks accounting"}
                """);
        assertEquals("Write", billPaymentCategory(books),
                "in an accounting app a bill payment is a book entry, which moves no money");
    }

    private String billPaymentCategory(Path folder) throws Exception {
        out.reset();
        assertEquals(0, scan(folder.toString()));
        JsonNode tool = JSON.readTree(out.toString(StandardCharsets.UTF_8)).path("servers").get(0).path("tools").get(0);
        assertEquals("create_bill_payment", tool.path("name").asText());
        return tool.path("classification").path("category").asText();
    }

    @Test
    void usageErrorsAndMissingSources() {
        assertEquals(2, scan());
        assertEquals(2, scan(server.toString(), "--format", "xml"));
        assertEquals(2, scan(server.toString(), "--budget", "-1"));
        assertEquals(1, scan(work.resolve("missing").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("neither a folder nor a git URL"));
    }
}

package io.mcpcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mcpcatalog.extract.ToolDefinition;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class ImportDocumentParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final ImportDocumentParser parser = new ImportDocumentParser();

    private static JsonNode fixture() throws Exception {
        try (InputStream in = ImportDocumentParserTest.class.getResourceAsStream("/fixtures/mcp-ssh.tools-list.json")) {
            return JSON.readTree(in);
        }
    }

    @Test
    void toolsListBecomesOneServerWithEveryToolAndItsParams() throws Exception {
        ImportBatch batch = parser.parse(fixture(),
                new ToolsListTarget("Mcp Ssh", "https://github.com/shuakami/mcp-ssh", null));
        ServerImport server = batch.servers().get(0);
        assertEquals("io.github.shuakami/mcp-ssh", server.identity().canonicalName());
        assertEquals(23, server.tools().size());
        ToolDefinition connect = server.tools().get(0);
        assertEquals("connect", connect.name());
        assertEquals(9, connect.params().size());
        assertTrue(connect.params().stream().filter(p -> p.name().equals("host")).findFirst().orElseThrow().required());
    }

    @Test
    void toolsListWithoutAServerIsRejected() throws Exception {
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> parser.parse(fixture(), new ToolsListTarget(null, null, null)));
        assertTrue(e.getMessage().contains("?server=NAME"));
    }

    @Test
    void toolsListWithABadToolIsRejectedWholeWithEveryProblemLocated() throws Exception {
        JsonNode body = JSON.readTree("""
                {"tools":[{"name":"ok","inputSchema":{}},{"name":"bad name","inputSchema":{}},
                          {"description":"no name"},{"name":"ok","inputSchema":{}}]}""");
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> parser.parse(body, new ToolsListTarget("x", null, null)));
        String problems = String.join("\n", e.problems());
        assertTrue(problems.contains("$.tools[1].name"), problems);
        assertTrue(problems.contains("$.tools[2]"), problems);
        assertTrue(problems.contains("'ok' appears twice"), problems);
    }

    @Test
    void snapshotSkipsBadRecordsAndKeepsGoodOnes() throws Exception {
        JsonNode body = JSON.readTree("""
                {"format":"mcp-catalog-snapshot","formatVersion":1,"servers":[
                  {"name":"Good","repository":"https://github.com/a/good","tools":[{"name":"t","inputSchema":{}}]},
                  {"name":"Bad","slug":"Not A Slug","tools":[]},
                  {"name":"Twice","repository":"https://github.com/a/good","tools":[]}]}""");
        ImportBatch batch = parser.parse(body, null);
        assertEquals(1, batch.servers().size());
        assertEquals(2, batch.skipped().size());
        assertEquals("$.servers[1]", batch.skipped().get(0).location());
        assertTrue(batch.skipped().get(1).problems().get(0).contains("appears twice"));
    }

    @Test
    void snapshotWithOnlyBadRecordsIsRejected() throws Exception {
        JsonNode body = JSON.readTree("""
                {"format":"mcp-catalog-snapshot","formatVersion":1,"servers":[{"name":"", "tools":[]}]}""");
        assertThrows(ImportRejectedException.class, () -> parser.parse(body, null));
    }

    @Test
    void wrongFormatVersionRejectsTheDocument() throws Exception {
        JsonNode body = JSON.readTree("""
                {"format":"mcp-catalog-snapshot","formatVersion":7,"servers":[]}""");
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> parser.parse(body, null));
        assertTrue(e.problems().get(0).contains("formatVersion"), e.problems().toString());
    }

    @Test
    void bodyThatIsNeitherFormatIsRejected() throws Exception {
        assertThrows(ImportRejectedException.class, () -> parser.parse(JSON.readTree("[1,2]"), null));
        assertThrows(ImportRejectedException.class, () -> parser.parse(JSON.readTree("{\"x\":1}"), null));
    }

    @Test
    void shippedCatalogSnapshotIsValid() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/catalog-data/catalog.json")) {
            ImportBatch batch = parser.parse(JSON.readTree(in), null);
            assertTrue(batch.skipped().isEmpty(), batch.skipped().toString());
            ServerImport mcpSsh = batch.servers().stream().filter(server -> server.identity().slug().equals("mcp-ssh"))
                    .findFirst().orElseThrow();
            assertEquals(23, mcpSsh.tools().size());
            long introspected = batch.servers().stream().filter(server -> server.live() != null).count();
            assertTrue(introspected >= 15, "at least 15 servers listed live by the crawler, not " + introspected);
            assertEquals(batch.servers().size(), batch.servers().stream().map(server -> server.identity().slug())
                    .distinct().count(), "slugs are unique");
        }
    }
}

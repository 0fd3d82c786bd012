package io.mcpcatalog.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A tool is found by any spelling of the words in its name, and only by those words. */
class NameSplittingTest {

    @TempDir
    Path dir;
    private CatalogIndex index;

    @BeforeEach
    void indexToolsWithDistinctWords() throws IOException {
        index = CatalogIndex.open(dir);
        index.rebuild(List.of(
                tool("stopBackground", "Halts a job."),
                tool("mcp_ssh_mcp_writeToTerminal", "Sends data to a session."),
                tool("list-open-ports", "Shows what is reachable."),
                tool("connect", "Opens a session.")));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @ParameterizedTest
    @CsvSource({
            "stop background, stopBackground",
            "stop_background, stopBackground",
            "stop-background, stopBackground",
            "stopbackground, stopBackground",
            "StopBackground, stopBackground",
            "background, stopBackground",
            "write terminal, mcp_ssh_mcp_writeToTerminal",
            "writeToTerminal, mcp_ssh_mcp_writeToTerminal",
            "terminal, mcp_ssh_mcp_writeToTerminal",
            "openPorts, list-open-ports",
            "listopenports, list-open-ports",
            "port, list-open-ports",
    })
    void findsOnlyTheToolNamedWithTheseWords(String query, String expectedTool) throws IOException {
        List<String> found = index.search(new ToolQuery(query, null, null, null, null, 0, 10)).hits().stream()
                .map(SearchHit::toolName).toList();

        assertEquals(List.of(expectedTool), found, "query '" + query + "'");
    }

    private static ToolDocument tool(String name, String description) {
        return new ToolDocument("demo", "Demo", "io.github.example/demo", name, description, "Write", "Medium",
                List.of(), List.of());
    }
}

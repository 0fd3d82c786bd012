package io.mcpcatalog.search;

import static io.mcpcatalog.search.Fixtures.MCP_SSH;
import static io.mcpcatalog.search.Fixtures.MCP_SSH_BACKGROUND_TOOLS;
import static io.mcpcatalog.search.Fixtures.TASK_RUNNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ranking, stemming, filters and paging over the Mcp Ssh tools and a few decoys. */
class CatalogIndexSearchTest {

    private static final int TOTAL = 26;

    @TempDir
    Path dir;
    private CatalogIndex index;

    @BeforeEach
    void indexFixtures() throws IOException {
        index = CatalogIndex.open(dir);
        index.rebuild(Fixtures.all());
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void toolsNamedForTheWordRankAboveToolsThatOnlyDescribeIt() throws IOException {
        List<SearchHit> hits = search("background", null, null, null, 0, 10).hits();

        assertEquals(Set.copyOf(MCP_SSH_BACKGROUND_TOOLS), Set.copyOf(tools(hits.subList(0, 4))));
        assertTrue(hits.subList(0, 4).stream().allMatch(hit -> hit.serverSlug().equals(MCP_SSH)));
        assertEquals(Set.of("runScript", "scheduleJob", "fetchLogs"), Set.copyOf(tools(hits.subList(4, 7))),
                "the decoys match too, only lower");
    }

    @ParameterizedTest
    @ValueSource(strings = {"execute", "executed", "executing", "EXECUTES"})
    void descriptionsMatchOtherFormsOfAWord(String query) throws IOException {
        // runScript says "Executes" only in its description.
        assertTrue(tools(search(query, null, null, TASK_RUNNER, 0, 10).hits()).contains("runScript"), query);
    }

    @Test
    void filtersOnCategoryRiskAndServerIgnoringCase() throws IOException {
        Set<String> execute = Set.of("executeCommand", "backgroundExecute", "mcp_ssh_mcp_createTerminalSession",
                "mcp_ssh_mcp_writeToTerminal", "runScript", "scheduleJob");

        assertEquals(execute, Set.copyOf(tools(search(null, "execute", null, null, 0, 100).hits())));
        assertEquals(execute, Set.copyOf(tools(search(null, null, "HIGH", null, 0, 100).hits())));
        assertEquals(23, search(null, null, null, "MCP-SSH", 0, 100).total());
        assertEquals(0, search(null, "NoSuchCategory", null, null, 0, 100).total());
    }

    @Test
    void filtersOnAnyOfAToolsCapabilities() throws IOException {
        assertEquals(List.of("runScript"),
                tools(index.search(new ToolQuery(null, null, null, "FILESYSTEM", null, 0, 100)).hits()));
        assertEquals(24, index.search(new ToolQuery(null, null, null, "shell", null, 0, 100)).total());
        assertEquals(List.of("runScript"),
                tools(index.search(new ToolQuery("background", null, null, "shell", TASK_RUNNER, 0, 100)).hits()));
        assertEquals(0, index.search(new ToolQuery(null, null, null, "payments", null, 0, 100)).total());
    }

    @Test
    void combinesFiltersWithEachOtherAndWithText() throws IOException {
        assertEquals(8, search(null, "Read", "Low", MCP_SSH, 0, 100).total());
        assertEquals(Set.of("listBackgroundTasks", "fetchLogs"),
                Set.copyOf(tools(search("background", "Read", null, null, 0, 100).hits())));
        assertEquals(List.of("listBackgroundTasks"), tools(search("background", "Read", null, MCP_SSH, 0, 100).hits()));
    }

    @Test
    void blankTextListsEverythingBySlugThenToolName() throws IOException {
        List<String> expected = Fixtures.all().stream()
                .sorted(Comparator.comparing(ToolDocument::serverSlug).thenComparing(ToolDocument::toolName))
                .map(ToolDocument::toolName).toList();

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < TOTAL; offset += 10) {
            SearchPage page = search("  ", null, null, null, offset, 10);
            assertEquals(TOTAL, page.total());
            paged.addAll(tools(page.hits()));
        }

        assertEquals(expected, paged);
    }

    @Test
    void pagesOfARankedSearchAddUpToOneLongPage() throws IOException {
        List<String> whole = tools(search("ssh connection", null, null, null, 0, 20).hits());
        List<String> paged = new ArrayList<>(tools(search("ssh connection", null, null, null, 0, 7).hits()));
        paged.addAll(tools(search("ssh connection", null, null, null, 7, 13).hits()));

        assertEquals(whole, paged);
    }

    @Test
    void anOffsetPastTheEndGivesAnEmptyPageWithTheTotal() throws IOException {
        SearchPage page = search(null, null, null, null, 30, 10);

        assertEquals(TOTAL, page.total());
        assertEquals(List.of(), page.hits());
    }

    @Test
    void prefixQueriesIgnoreCase() throws IOException {
        assertTrue(tools(search("Backgr*", null, null, MCP_SSH, 0, 10).hits())
                .containsAll(MCP_SSH_BACKGROUND_TOOLS));
    }

    @Test
    void textWithOnlyStopWordsFindsNothing() throws IOException {
        assertEquals(0, search("the of a", null, null, null, 0, 10).total());
    }

    @Test
    void overlongTextIsCutNotRejected() throws IOException {
        String query = "background " + "x".repeat(5_000);

        assertEquals(7, search(query, null, null, null, 0, 10).total());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"unbalanced", "*", "AND(", "(((", ")", "-", "+", "|", "\\", "~2", "\"\"",
            "name:stop", "a AND OR NOT b", "&&||!", "stop^3", "[a TO z]", "{}", "/regex/", "\u0000", "\uD83D\uDE80",
            "\uD83D", "ééé ñ 日本語"})
    void hostileTextNeverThrows(String query) throws IOException {
        SearchPage page = search(query, null, null, null, 0, 10);

        assertTrue(page.total() >= 0);
    }

    private SearchPage search(String text, String category, String risk, String server, int offset, int limit)
            throws IOException {
        return index.search(new ToolQuery(text, category, risk, null, server, offset, limit));
    }

    private static List<String> tools(List<SearchHit> hits) {
        return hits.stream().map(SearchHit::toolName).toList();
    }
}

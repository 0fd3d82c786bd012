package io.mcpcatalog.search;

import static io.mcpcatalog.search.Fixtures.MCP_SSH;
import static io.mcpcatalog.search.Fixtures.TASK_RUNNER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the index asks for a rebuild, what survives a restart, and how writes replace documents. */
class CatalogIndexLifecycleTest {

    private static final ToolDocument PURGE_QUEUE =
            Fixtures.taskRunnerTool("purgeQueue", "Empties a queue.", "Destructive", List.of());

    @TempDir
    Path dir;

    @Test
    void aNewIndexNeedsRebuildUntilRebuilt() throws IOException {
        Path nested = dir.resolve("data/index");
        try (CatalogIndex index = CatalogIndex.open(nested)) {
            assertTrue(Files.isDirectory(nested));
            assertTrue(index.needsRebuild());
            assertEquals(0, index.search(new ToolQuery(null, null, null, null, null, 0, 10)).total());

            index.rebuild(List.of());

            assertFalse(index.needsRebuild(), "an empty catalog is still a rebuilt index");
        }
    }

    @Test
    void anIndexOfAnotherFormatVersionNeedsRebuild() throws IOException {
        String otherVersion = String.valueOf(IndexFields.INDEX_FORMAT_VERSION + 1);
        writeForeignIndex(Map.of(IndexFields.FORMAT_VERSION_KEY, otherVersion));
        try (CatalogIndex index = CatalogIndex.open(dir)) {
            assertTrue(index.needsRebuild());

            index.rebuild(Fixtures.mcpSsh());

            assertFalse(index.needsRebuild());
            assertEquals(23, index.count());
        }
    }

    @Test
    void anIndexWithDocumentsButNoMarkerNeedsRebuild() throws IOException {
        writeForeignIndex(Map.of());
        try (CatalogIndex index = CatalogIndex.open(dir)) {
            assertTrue(index.needsRebuild());
        }
    }

    @Test
    void documentsAndMarkerSurviveCloseAndReopen() throws IOException {
        try (CatalogIndex index = CatalogIndex.open(dir)) {
            index.rebuild(Fixtures.all());
            index.replaceServer(TASK_RUNNER, List.of(PURGE_QUEUE));
        }
        try (CatalogIndex index = CatalogIndex.open(dir)) {
            assertFalse(index.needsRebuild(), "the marker outlives later commits");
            assertEquals(24, index.count());
            SearchPage page = index.search(new ToolQuery("purge", null, null, null, null, 0, 1));
            assertEquals("purgeQueue", page.hits().get(0).toolName());
        }
    }

    @Test
    void replaceServerSwapsExactlyThatServersToolsAndIsSeenAtOnce() throws IOException {
        try (CatalogIndex index = CatalogIndex.open(dir)) {
            index.rebuild(Fixtures.all());

            index.replaceServer(TASK_RUNNER, List.of(PURGE_QUEUE));

            assertEquals(List.of("purgeQueue"), toolsOf(index, TASK_RUNNER));
            List<String> mcpSsh = Fixtures.mcpSsh().stream().map(ToolDocument::toolName).sorted().toList();
            assertEquals(mcpSsh, toolsOf(index, MCP_SSH));
        }
    }

    @Test
    void deleteServerRemovesOnlyThatServer() throws IOException {
        try (CatalogIndex index = CatalogIndex.open(dir)) {
            index.rebuild(Fixtures.all());

            index.deleteServer(TASK_RUNNER);

            assertEquals(List.of(), toolsOf(index, TASK_RUNNER));
            assertEquals(23, index.count());
        }
    }

    @Test
    void aFailedRebuildLeavesThePreviousIndexAndPublishesNothingLater() throws IOException {
        try (CatalogIndex index = CatalogIndex.open(dir)) {
            index.rebuild(Fixtures.all());

            assertThrows(IllegalStateException.class, () -> index.rebuild(failingAfterTwo(Fixtures.mcpSsh())));
            assertEquals(26, index.count());

            index.deleteServer("no-such-server");
            assertEquals(26, index.count(), "the half-done rebuild was dropped, not committed later");
            assertFalse(index.needsRebuild());
        }
    }

    @Test
    void searchesDuringReplacementsSeeAWholeServer() throws Exception {
        try (CatalogIndex index = CatalogIndex.open(dir)) {
            index.rebuild(Fixtures.all());
            CompletableFuture<Void> writes = CompletableFuture.runAsync(() -> {
                for (int i = 0; i < 20; i++) {
                    try {
                        index.replaceServer(TASK_RUNNER, Fixtures.taskRunner());
                    } catch (IOException e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            while (!writes.isDone()) {
                assertEquals(3, index.search(new ToolQuery(null, null, null, null, TASK_RUNNER, 0, 10)).total());
            }
            writes.get();
        }
    }

    private static List<String> toolsOf(CatalogIndex index, String server) throws IOException {
        return index.search(new ToolQuery(null, null, null, null, server, 0, 100)).hits().stream()
                .map(SearchHit::toolName).toList();
    }

    /** Writes an index as another schema version (or an older build without markers) would have left it. */
    private void writeForeignIndex(Map<String, String> commitData) throws IOException {
        try (FSDirectory directory = FSDirectory.open(dir);
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(IndexFields.analyzer()))) {
            writer.addDocument(IndexFields.toDocument(Fixtures.mcpSsh().get(0)));
            writer.setLiveCommitData(commitData.entrySet());
            writer.commit();
        }
    }

    private static Iterable<ToolDocument> failingAfterTwo(List<ToolDocument> tools) {
        return () -> new Iterator<>() {
            private int served;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public ToolDocument next() {
                if (served == 2) {
                    throw new IllegalStateException("catalog read failed");
                }
                return tools.get(served++);
            }
        };
    }
}

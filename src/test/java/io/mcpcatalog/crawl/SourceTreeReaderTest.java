package io.mcpcatalog.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpcatalog.extract.ScanProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTreeReaderTest {

    @TempDir
    Path root;
    @TempDir
    Path outside;

    @Test
    void readsSourcesAndManifestsAndSkipsWhatIsNotServerCode() throws Exception {
        Files.createDirectories(root.resolve("src"));
        Files.writeString(root.resolve("src/index.ts"), "server.tool('a', 'b', async () => ({}));");
        Files.writeString(root.resolve("package.json"), "{\"name\":\"demo\"}");
        Files.writeString(root.resolve("README.md"), "# Demo");
        Files.writeString(root.resolve("notes.csv"), "not read");
        Files.createDirectories(root.resolve("src/descriptions"));
        Files.writeString(root.resolve("src/descriptions/search.md"), "Searches the notes (embedded by the server).");
        Files.createDirectories(root.resolve("node_modules/dep"));
        Files.writeString(root.resolve("node_modules/dep/index.js"), "server.tool('dep')");
        Files.createDirectories(root.resolve("dist"));
        Files.writeString(root.resolve("dist/index.js"), "built");
        Files.write(root.resolve("src/blob.js"), new byte[] {'a', 0, 'b'});
        Files.write(root.resolve("src/latin1.py"), new byte[] {(byte) 0xE9, 't', 'e'});
        Files.writeString(root.resolve("src/huge.ts"), "x".repeat(1_000_001));
        Files.writeString(outside.resolve("secret.ts"), "outside the tree");
        Files.createSymbolicLink(root.resolve("src/link.ts"), outside.resolve("secret.ts"));

        SourceTreeReader.Result result = SourceTreeReader.read(root);

        assertEquals(java.util.List.of("README.md", "package.json", "src/descriptions/search.md", "src/index.ts"),
                java.util.List.copyOf(result.tree().allPaths()));
        Map<String, String> skipped = result.skipped().stream()
                .collect(Collectors.toMap(ScanProblem::path, ScanProblem::message));
        assertEquals("binary or not UTF-8", skipped.get("src/blob.js"));
        assertEquals("binary or not UTF-8", skipped.get("src/latin1.py"));
        assertEquals("larger than 1 MB", skipped.get("src/huge.ts"));
        assertEquals("link not followed", skipped.get("src/link.ts"));
        assertFalse(skipped.containsKey("node_modules/dep/index.js"), "vendored folders are not even listed");
        assertTrue(result.tree().text("src/index.ts").isPresent());
    }
}

package io.mcpcatalog.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpcatalog.catalog.ServerImport;
import io.mcpcatalog.extract.RepositoryExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A git source's sub-folder ({@code path}): only it is scanned, and its servers keep their place in the repository. */
class SubFolderScanTest {

    private static final SourceScanner SCANNER = new SourceScanner(RepositoryExtractor.withAllExtractors());

    @TempDir
    Path origin;

    private String monorepo() throws Exception {
        Files.createDirectories(origin.resolve("servers/weather"));
        Files.createDirectories(origin.resolve("servers/notes"));
        Files.writeString(origin.resolve("servers/weather/README.md"), "# Weather\n## Tools\n- `get_forecast`: Gets the forecast\n");
        Files.writeString(origin.resolve("servers/notes/README.md"), "# Notes\n## Tools\n- `delete_note`: Deletes a note\n");
        try (Git git = Git.init().setDirectory(origin.toFile()).call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("two servers").setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").setSign(false).call();
        }
        return origin.toUri().toString();
    }

    @Test
    void onlyTheSubFolderIsScannedAndItsServersKeepTheirPathInTheRepository() throws Exception {
        String url = monorepo();
        ScanOutcome outcome = SCANNER.scan(url, "servers/weather", SourceScanner.DEFAULT_BUDGET);
        List<ServerImport> servers = CrawlImports.from(outcome, "servers/weather", "Weather Service");
        assertEquals(1, servers.size());
        assertEquals("servers/weather", servers.get(0).path());
        assertEquals("get_forecast", servers.get(0).tools().get(0).name());
        assertTrue(servers.get(0).identity().canonicalName().endsWith("/servers/weather"), servers.get(0).identity().toString());
        assertEquals("Weather Service", servers.get(0).identity().displayName());
    }

    @Test
    void aSubFolderThatIsMissingOrLeavesTheRepositoryIsRefused() throws Exception {
        String url = monorepo();
        IOException missing = assertThrows(IOException.class, () -> SCANNER.scan(url, "servers/absent", SourceScanner.DEFAULT_BUDGET));
        assertTrue(missing.getMessage().contains("no folder 'servers/absent'"), missing.getMessage());
        assertThrows(IOException.class, () -> SCANNER.scan(url, "../..", SourceScanner.DEFAULT_BUDGET));
        Path outside = Files.createTempDirectory("outside");
        Files.createSymbolicLink(origin.resolve("servers/link"), outside);
        assertThrows(IOException.class, () -> SCANNER.scan(origin.toString(), "servers/link", SourceScanner.DEFAULT_BUDGET));
    }
}

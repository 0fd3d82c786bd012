package io.mcpcatalog.crawl.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Work folders a killed instance left behind are removed at start; a running job's folder and others stay. */
class WorkFoldersTest {

    @TempDir
    Path root;

    @Test
    void onlyWorkFoldersOlderThanTheCutoffAreRemoved() throws IOException {
        Path stale = WorkFolders.create(root);
        Files.writeString(stale.resolve("home").resolve("notes.txt"), "left by a killed server");
        age(stale, Duration.ofHours(2));
        Path running = WorkFolders.create(root);
        Path foreign = Files.createDirectory(root.resolve("not-a-work-folder"));
        age(foreign, Duration.ofHours(2));

        assertEquals(1, WorkFolders.removeStale(root, Instant.now().minus(Duration.ofHours(1))));
        assertFalse(Files.exists(stale), "the stale folder and its contents are gone");
        assertTrue(Files.isDirectory(running.resolve("home")), "a folder younger than the cutoff is kept");
        assertTrue(Files.isDirectory(foreign), "only work folders are touched");
    }

    @Test
    void aMissingRootRemovesNothing() {
        assertEquals(0, WorkFolders.removeStale(root.resolve("absent"), Instant.now()));
    }

    private static void age(Path folder, Duration age) throws IOException {
        Files.setLastModifiedTime(folder, FileTime.from(Instant.now().minus(age)));
    }
}

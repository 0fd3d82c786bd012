package io.mcpcatalog.crawl.introspect;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/** A server's own temporary folder (home and tmp inside), deleted afterwards without following links out of it. */
final class WorkFolders {

    private WorkFolders() {
    }

    static Path create(Path root) throws IOException {
        Files.createDirectories(root);
        Path work = Files.createTempDirectory(root, "server-");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwx------"));
        Files.createDirectory(work.resolve("home"));
        Files.createDirectory(work.resolve("tmp"));
        return work;
    }

    static void delete(Path folder) {
        if (folder == null || !Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // what cannot be removed stays behind in the temporary folder; the result does not depend on it
        }
    }
}

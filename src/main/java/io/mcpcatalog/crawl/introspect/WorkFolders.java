package io.mcpcatalog.crawl.introspect;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;

/** A server's own temporary folder (home and tmp inside), deleted afterwards without following links out of it. */
final class WorkFolders {

    private static final String PREFIX = "server-";

    private WorkFolders() {
    }

    static Path create(Path root) throws IOException {
        Files.createDirectories(root);
        Path work = Files.createTempDirectory(root, PREFIX);
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwx------"));
        Files.createDirectory(work.resolve("home"));
        Files.createDirectory(work.resolve("tmp"));
        return work;
    }

    /**
     * Deletes the work folders a killed process left behind: those last changed before {@code cutoff}. Instances on
     * one machine share the root, so the cutoff must be older than any job can run; younger folders are kept.
     * Returns how many were deleted.
     */
    static int removeStale(Path root, Instant cutoff) {
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, PREFIX + "*")) {
            for (Path folder : folders) {
                if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(folder, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(cutoff)) {
                    delete(folder);
                    removed += Files.exists(folder, LinkOption.NOFOLLOW_LINKS) ? 0 : 1;
                }
            }
        } catch (IOException e) {
            // a root that cannot be read holds nothing this instance can clean
        }
        return removed;
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

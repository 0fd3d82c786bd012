package io.mcpcatalog.crawl;

import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.ScanProblem;
import io.mcpcatalog.extract.SourcePaths;
import io.mcpcatalog.extract.SourceTree;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a folder into a {@link SourceTree}: source files and the few others extraction needs (manifests,
 * READMEs, JSON, Markdown and text files a server embeds). Skips build and vendored folders, links (they may leave
 * the tree), binary files, files over 1 MB and text that is not UTF-8, and reports what it skipped.
 */
public final class SourceTreeReader {

    static final long MAX_FILE_BYTES = 1_000_000;
    static final int MAX_FILES = 50_000;

    private SourceTreeReader() {
    }

    public record Result(SourceTree tree, List<ScanProblem> skipped) {
    }

    public static Result read(Path root) throws IOException {
        Path base = root.toRealPath();
        Map<String, String> files = new HashMap<>();
        List<ScanProblem> skipped = new ArrayList<>();
        Files.walkFileTree(base, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean skip = !dir.equals(base) && SourcePaths.isSkippedFolder(dir.getFileName().toString());
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                String path = base.relativize(file).toString().replace('\\', '/');
                if (attrs.isSymbolicLink()) {
                    skipped.add(new ScanProblem(path, "link not followed"));
                } else if (attrs.isRegularFile() && wanted(file.getFileName().toString())) {
                    if (files.size() >= MAX_FILES) {
                        skipped.add(new ScanProblem(path, "more than " + MAX_FILES + " files: the rest were not read"));
                        return FileVisitResult.TERMINATE;
                    }
                    readText(file, attrs.size()).ifPresentOrElse(text -> files.put(path, text),
                            () -> skipped.add(new ScanProblem(path, attrs.size() > MAX_FILE_BYTES
                                    ? "larger than 1 MB" : "binary or not UTF-8")));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                skipped.add(new ScanProblem(base.relativize(file).toString(), "unreadable: " + e.getMessage()));
                return FileVisitResult.CONTINUE;
            }
        });
        return new Result(SourceTree.of(files), skipped);
    }

    private static boolean wanted(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Language.of(fileName).isPresent()
                || lower.startsWith("readme")
                // Descriptions kept beside the code: Go's //go:embed fills a string from such a file.
                || lower.endsWith(".md") || lower.endsWith(".txt")
                || lower.endsWith(".csproj")
                || (lower.endsWith(".json") && !lower.endsWith("-lock.json") && !lower.equals("package-lock.json"))
                || List.of("pyproject.toml", "setup.py", "go.mod", "cargo.toml", "pom.xml", "build.gradle",
                        "build.gradle.kts").contains(lower);
    }

    private static Optional<String> readText(Path file, long size) throws IOException {
        if (size > MAX_FILE_BYTES) {
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i < Math.min(bytes.length, 8192); i++) {
            if (bytes[i] == 0) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}

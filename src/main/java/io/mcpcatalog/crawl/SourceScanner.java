package io.mcpcatalog.crawl;

import io.mcpcatalog.extract.RepositoryExtractor;
import io.mcpcatalog.extract.TreeScan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Scans a local folder or a git URL ("URL" or "URL#commit"), or one folder inside it, for servers and tools, within a
 * time budget.
 */
public final class SourceScanner {

    public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(3);

    private final RepositoryExtractor extractor;

    public SourceScanner(RepositoryExtractor extractor) {
        this.extractor = extractor;
    }

    public ScanOutcome scan(String source, Duration budget) throws IOException {
        return scan(source, "", budget);
    }

    /** Scans only {@code subFolder} of the source ("" for all of it); found servers' paths are relative to it. */
    public ScanOutcome scan(String source, String subFolder, Duration budget) throws IOException {
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        if (GitSource.isGitUrl(source)) {
            GitSource git = GitSource.parse(source);
            try (GitCheckout checkout = GitCheckout.clone(git)) {
                return scanFolder(source, inside(checkout.folder(), subFolder, source), checkout.commit(), git.url(),
                        nameOf(subFolder, git.name()), started, deadline);
            }
        }
        Path folder = Path.of(source);
        if (!Files.isDirectory(folder)) {
            throw new IOException("'" + source + "' is neither a folder nor a git URL");
        }
        Path real = folder.toRealPath();
        String name = real.getFileName() == null ? "server" : real.getFileName().toString();
        return scanFolder(source, inside(real, subFolder, source), headCommit(real), null, nameOf(subFolder, name),
                started, deadline);
    }

    /** The sub-folder of a source's root, refusing one that leaves the root (through "..", or a link). */
    private static Path inside(Path root, String subFolder, String source) throws IOException {
        if (subFolder.isEmpty()) {
            return root;
        }
        Path folder = root.resolve(subFolder).normalize();
        if (!folder.startsWith(root) || !Files.isDirectory(folder) || !folder.toRealPath().startsWith(root.toRealPath())) {
            throw new IOException("no folder '" + subFolder + "' inside " + source);
        }
        return folder;
    }

    private static String nameOf(String subFolder, String rootName) {
        String trimmed = subFolder.replaceAll("/+$", "");
        return trimmed.isEmpty() ? rootName : trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private ScanOutcome scanFolder(String source, Path folder, String commit, String repository, String name,
                                   long started, long deadline) throws IOException {
        SourceTreeReader.Result read = SourceTreeReader.read(folder);
        TreeScan scan = extractor.scan(read.tree(), name, deadline);
        return new ScanOutcome(source, commit, repository, scan, read.skipped(), (System.nanoTime() - started) / 1_000_000);
    }

    /** The checked-out commit when the folder is (inside) a git work tree. */
    private static String headCommit(Path folder) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(folder.toFile());
        if (builder.getGitDir() == null) {
            return null;
        }
        try (Repository repository = builder.build()) {
            ObjectId head = repository.resolve("HEAD");
            return head == null ? null : head.name();
        } catch (IOException e) {
            return null;
        }
    }
}

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

/** Scans a local folder or a git URL ("URL" or "URL#commit") for servers and tools, within a time budget. */
public final class SourceScanner {

    public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(3);

    private final RepositoryExtractor extractor;

    public SourceScanner(RepositoryExtractor extractor) {
        this.extractor = extractor;
    }

    public ScanOutcome scan(String source, Duration budget) throws IOException {
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        if (GitSource.isGitUrl(source)) {
            GitSource git = GitSource.parse(source);
            try (GitCheckout checkout = GitCheckout.clone(git)) {
                return scanFolder(source, checkout.folder(), checkout.commit(), git.url(), git.name(), started, deadline);
            }
        }
        Path folder = Path.of(source);
        if (!Files.isDirectory(folder)) {
            throw new IOException("'" + source + "' is neither a folder nor a git URL");
        }
        Path real = folder.toRealPath();
        String name = real.getFileName() == null ? "server" : real.getFileName().toString();
        return scanFolder(source, real, headCommit(real), null, name, started, deadline);
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

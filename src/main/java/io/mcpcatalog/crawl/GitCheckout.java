package io.mcpcatalog.crawl;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;

/**
 * A git repository cloned with JGit into a temporary folder that is removed on close: shallow at the default
 * branch, or complete when a commit is asked for (a server need not serve an arbitrary commit shallowly).
 */
public final class GitCheckout implements AutoCloseable {

    private final Path folder;
    private final String commit;

    private GitCheckout(Path folder, String commit) {
        this.folder = folder;
        this.commit = commit;
    }

    public static GitCheckout clone(GitSource source) throws IOException {
        Path folder = Files.createTempDirectory("mcp-catalog-clone");
        try (Git git = cloneInto(source, folder)) {
            if (source.ref() != null) {
                ObjectId wanted = git.getRepository().resolve(source.ref());
                if (wanted == null) {
                    throw new IOException("no commit or ref '" + source.ref() + "' in " + source.url());
                }
                git.checkout().setName(wanted.name()).call();
            }
            ObjectId head = git.getRepository().resolve("HEAD");
            return new GitCheckout(folder, head == null ? null : head.name());
        } catch (GitAPIException | IOException | RuntimeException e) {
            deleteRecursively(folder);
            throw e instanceof IOException io ? io : new IOException("cannot clone " + source.url() + ": " + e.getMessage(), e);
        }
    }

    private static Git cloneInto(GitSource source, Path folder) throws GitAPIException {
        var command = Git.cloneRepository().setURI(source.url()).setDirectory(folder.toFile()).setCloneSubmodules(false);
        if (source.ref() == null) {
            command.setDepth(1);
        }
        return command.call();
    }

    public Path folder() {
        return folder;
    }

    /** The commit checked out (40 hex digits). */
    public String commit() {
        return commit;
    }

    @Override
    public void close() throws IOException {
        deleteRecursively(folder);
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

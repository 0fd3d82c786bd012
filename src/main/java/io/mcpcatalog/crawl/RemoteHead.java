package io.mcpcatalog.crawl;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;

/**
 * The commit a git source stands at, learnt without cloning: a pinned commit is itself, a branch or tag (or the
 * default branch) is asked of the remote with ls-remote, one small exchange.
 */
final class RemoteHead {

    private static final Pattern COMMIT = Pattern.compile("^[0-9a-fA-F]{7,40}$");

    private RemoteHead() {
    }

    /**
     * True when the source certainly stands at {@code version}: a pinned commit that {@code version} starts with, or
     * a branch, tag or default branch whose commit is {@code version}.
     */
    static boolean isAt(GitSource source, String version) throws IOException {
        if (source.ref() != null && COMMIT.matcher(source.ref()).matches()) {
            return version.startsWith(source.ref().toLowerCase(java.util.Locale.ROOT));
        }
        return commit(source).map(version::equals).orElse(false);
    }

    private static Optional<String> commit(GitSource source) throws IOException {
        Map<String, Ref> refs;
        try {
            refs = Git.lsRemoteRepository().setRemote(source.url()).callAsMap();
        } catch (GitAPIException | RuntimeException e) {
            throw new IOException("cannot reach " + source.url() + ": " + e.getMessage(), e);
        }
        Ref ref = source.ref() == null ? refs.get("HEAD")
                : Optional.ofNullable(refs.get("refs/heads/" + source.ref())).orElse(refs.get("refs/tags/" + source.ref()));
        if (ref == null) {
            return Optional.empty();
        }
        ObjectId id = ref.getPeeledObjectId() != null ? ref.getPeeledObjectId() : ref.getObjectId();
        return Optional.ofNullable(id).map(ObjectId::name);
    }
}

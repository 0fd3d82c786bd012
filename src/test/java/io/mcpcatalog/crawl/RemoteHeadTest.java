package io.mcpcatalog.crawl;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether a git source moved since a commit, asked of a real repository over file:// without cloning it. */
class RemoteHeadTest {

    @TempDir
    Path origin;

    private RevCommit commit(Git git, String text) throws Exception {
        Files.writeString(origin.resolve("a.txt"), text);
        git.add().addFilepattern("a.txt").call();
        return git.commit().setMessage(text).setAuthor("t", "t@example.org").setCommitter("t", "t@example.org").setSign(false).call();
    }

    @Test
    void knowsWhetherTheDefaultBranchABranchATagOrAPinnedCommitIsAtAVersion() throws Exception {
        String url = origin.toUri().toString();
        try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
            RevCommit first = commit(git, "first");
            git.tag().setName("v1").setAnnotated(true).setMessage("v1").setSigned(false).call();
            assertTrue(RemoteHead.isAt(GitSource.parse(url), first.name()));
            RevCommit second = commit(git, "second");
            assertFalse(RemoteHead.isAt(GitSource.parse(url), first.name()), "the default branch moved");
            assertTrue(RemoteHead.isAt(GitSource.parse(url), second.name()));
            assertTrue(RemoteHead.isAt(GitSource.parse(url + "#main"), second.name()));
            assertTrue(RemoteHead.isAt(GitSource.parse(url + "#v1"), first.name()), "an annotated tag is its commit");
            assertTrue(RemoteHead.isAt(GitSource.parse(url + "#" + first.name().substring(0, 7)), first.name()));
            assertFalse(RemoteHead.isAt(GitSource.parse(url + "#" + first.name().substring(0, 7)), second.name()));
            assertFalse(RemoteHead.isAt(GitSource.parse(url + "#no-such-branch"), second.name()));
        }
    }

    @Test
    void anUnreachableRepositoryIsAClearError() {
        IOException e = assertThrows(IOException.class,
                () -> RemoteHead.isAt(GitSource.parse(origin.resolve("missing").toUri().toString()), "abc"));
        assertTrue(e.getMessage().startsWith("cannot reach"), e.getMessage());
    }
}

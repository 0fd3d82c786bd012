package io.mcpcatalog.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

/** Clones real repositories made here with JGit, over file:// URLs. */
class GitCheckoutTest {

    @TempDir
    Path origin;

    private RevCommit commit(Git git, String file, String text) throws Exception {
        Files.writeString(origin.resolve(file), text);
        git.add().addFilepattern(file).call();
        return git.commit().setMessage("change " + file).setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
                .setSign(false).call();
    }

    @Test
    void clonesShallowAtHeadOrAtAGivenCommitAndCleansUp() throws Exception {
        RevCommit first;
        RevCommit second;
        try (Git git = Git.init().setDirectory(origin.toFile()).setInitialBranch("main").call()) {
            first = commit(git, "a.txt", "first");
            second = commit(git, "a.txt", "second");
        }
        String url = origin.toUri().toString();
        Path folder;
        try (GitCheckout head = GitCheckout.clone(GitSource.parse(url))) {
            folder = head.folder();
            assertEquals(second.name(), head.commit());
            assertEquals("second", Files.readString(head.folder().resolve("a.txt")));
        }
        assertFalse(Files.exists(folder), "the clone is removed on close");
        try (GitCheckout pinned = GitCheckout.clone(GitSource.parse(url + "#" + first.name().substring(0, 7)))) {
            assertEquals(first.name(), pinned.commit());
            assertEquals("first", Files.readString(pinned.folder().resolve("a.txt")));
        }
    }

    @Test
    void aMissingRepositoryOrCommitIsAClearError() throws Exception {
        IOException missing = assertThrows(IOException.class,
                () -> GitCheckout.clone(GitSource.parse(origin.resolve("nope").toUri().toString())));
        assertTrue(missing.getMessage().contains("cannot clone"), missing.getMessage());
        try (Git git = Git.init().setDirectory(origin.toFile()).call()) {
            commit(git, "a.txt", "x");
        }
        IOException badRef = assertThrows(IOException.class,
                () -> GitCheckout.clone(GitSource.parse(origin.toUri() + "#deadbeef")));
        assertTrue(badRef.getMessage().contains("deadbeef"), badRef.getMessage());
    }

    @Test
    void recognisesGitUrls() {
        assertTrue(GitSource.isGitUrl("https://github.com/shuakami/mcp-ssh"));
        assertTrue(GitSource.isGitUrl("git@github.com:o/r.git"));
        assertTrue(GitSource.isGitUrl("file:///tmp/repo"));
        assertFalse(GitSource.isGitUrl("/home/me/server"));
        assertEquals("mcp-ssh", GitSource.parse("https://github.com/shuakami/mcp-ssh.git#bbab016").name());
        assertEquals("bbab016", GitSource.parse("https://github.com/shuakami/mcp-ssh.git#bbab016").ref());
    }
}

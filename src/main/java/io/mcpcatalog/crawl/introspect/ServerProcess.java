package io.mcpcatalog.crawl.introspect;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A stranger's server, running in its own work folder with a minimal environment inside the sandbox. Closing it
 * kills the whole process tree and deletes the folder.
 */
final class ServerProcess implements AutoCloseable {

    private final Process process;
    private final Path work;

    private ServerProcess(Process process, Path work) {
        this.process = process;
        this.work = work;
    }

    static ServerProcess start(Sandbox sandbox, Path workRoot, String path, ServerCommand command) throws IOException {
        Path work = WorkFolders.create(workRoot);
        try {
            sandbox.showPackage(work, command.packageDir());
            ProcessBuilder builder = new ProcessBuilder(sandbox.wrap(work, command.packageDir(), command.resolved(work)))
                    .directory(work.toFile());
            builder.environment().clear();
            builder.environment().putAll(ServerEnvironment.of(work, path, command.env()));
            return new ServerProcess(builder.start(), work);
        } catch (IOException | RuntimeException e) {
            WorkFolders.delete(work);
            throw e;
        }
    }

    Process process() {
        return process;
    }

    /** The exit code once the process ended within {@code millis}, else null. */
    Integer exitCode(long millis) {
        try {
            return process.waitFor(millis, TimeUnit.MILLISECONDS) ? process.exitValue() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    @Override
    public void close() {
        killTree(process);
        WorkFolders.delete(work);
    }

    /**
     * Kills the process and every descendant. Descendants are taken before anything is killed, since a child whose
     * parent died is re-parented and no longer found from here; repeated while new ones appear.
     */
    static void killTree(Process process) {
        for (int round = 0; round < 3; round++) {
            List<ProcessHandle> tree = new ArrayList<>();
            process.descendants().forEach(tree::add);
            tree.add(process.toHandle());
            List<ProcessHandle> alive = tree.stream().filter(ProcessHandle::isAlive).toList();
            if (alive.isEmpty()) {
                break;
            }
            alive.forEach(ProcessHandle::destroyForcibly);
            awaitExit(alive);
        }
        closeQuietly(process);
    }

    private static void awaitExit(List<ProcessHandle> handles) {
        CompletableFuture<?>[] exits = handles.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // still alive after SIGKILL means stuck in the kernel; the next round tries again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Process process) {
        try {
            process.getOutputStream().close();
            process.getInputStream().close();
            process.getErrorStream().close();
        } catch (IOException e) {
            // the pipes are gone with the process
        }
    }
}

package io.mcpcatalog.crawl.introspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Wraps a server's command line in the strongest sandbox this machine offers. {@link #detect} tries the isolated
 * sandbox once (unshare's namespaces, a read-only file system, setpriv to nobody) and falls back to none, saying why.
 */
public final class Sandbox {

    private static final String SCRIPT = script();
    private static final List<String> UNSHARE = List.of("unshare", "--pid", "--fork", "--kill-child", "--mount-proc",
            "--net", "--mount", "--ipc", "--uts", "--", "/bin/sh", "-c", SCRIPT, "sandbox");

    private final SandboxLevel level;
    private final String reason;

    private Sandbox(SandboxLevel level, String reason) {
        this.level = level;
        this.reason = reason;
    }

    public static Sandbox none(String reason) {
        return new Sandbox(SandboxLevel.NONE, reason);
    }

    /** The isolated sandbox when a trial run in it succeeds, else none with the reason. */
    public static Sandbox detect(Path workRoot) {
        Sandbox isolated = new Sandbox(SandboxLevel.ISOLATED, "namespaces, read-only file system and nobody available");
        Path work = null;
        try {
            Files.createDirectories(workRoot);
            work = Files.createTempDirectory(workRoot, "sandbox-probe-");
            ProcessBuilder builder = new ProcessBuilder(isolated.wrap(work, null, List.of("/bin/true")))
                    .directory(work.toFile()).redirectErrorStream(true);
            builder.environment().clear();
            builder.environment().put("PATH", ServerEnvironment.DEFAULT_PATH);
            Process probe = builder.start();
            byte[] output = probe.getInputStream().readNBytes(4096);
            if (!probe.waitFor(20, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                return none("the sandbox probe did not finish within 20 s");
            }
            String said = new String(output, StandardCharsets.UTF_8).trim();
            if (probe.exitValue() != 0) {
                return none("unshare/setpriv failed (exit " + probe.exitValue() + "): " + said);
            }
            return said.isEmpty() ? isolated : new Sandbox(SandboxLevel.ISOLATED, "isolated, but: " + said);
        } catch (IOException e) {
            return none("unshare could not be started: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return none("interrupted while probing the sandbox");
        } finally {
            WorkFolders.delete(work);
        }
    }

    public SandboxLevel level() {
        return level;
    }

    /** Why this level (what the probe saw). */
    public String reason() {
        return reason;
    }

    /** The command line that runs {@code command} in this sandbox, with {@code packageDir} shown at work/package. */
    public List<String> wrap(Path work, Path packageDir, List<String> command) {
        if (level == SandboxLevel.NONE) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(UNSHARE);
        wrapped.add(work.toString());
        wrapped.add(packageDir == null ? "" : packageDir.toString());
        wrapped.addAll(command);
        return wrapped;
    }

    /**
     * Shows {@code packageDir} at work/package: the isolated sandbox mounts it read-only there itself, without a
     * sandbox a link stands in.
     */
    void showPackage(Path work, Path packageDir) throws IOException {
        if (level == SandboxLevel.NONE && packageDir != null) {
            Files.createSymbolicLink(work.resolve("package"), packageDir);
        }
    }

    private static String script() {
        try (InputStream in = Sandbox.class.getResourceAsStream("/introspect/sandbox.sh")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return level.label() + " (" + reason + ")";
    }
}

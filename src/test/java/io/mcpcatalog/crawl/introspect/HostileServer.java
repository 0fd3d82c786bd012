package io.mcpcatalog.crawl.introspect;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.UUID;

/**
 * The hostile MCP server of src/test/resources/introspect/hostile-server.js, copied to a folder everyone may
 * read (the isolated sandbox runs servers as nobody), and helpers to find what it left running.
 */
public final class HostileServer {

    private static final Path SCRIPT = copy();

    private HostileServer() {
    }

    public static Path script() {
        return SCRIPT;
    }

    public static List<String> command(String mode) {
        return List.of("node", SCRIPT.toString(), mode);
    }

    /** A marker to put on a process's command line, unique to one test. */
    public static String marker() {
        return "hostile-marker-" + UUID.randomUUID();
    }

    /** Processes whose command line carries the marker (children a server left running). */
    public static List<ProcessHandle> processesMarked(String marker) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(line -> line.contains(marker)).orElse(false)
                        || p.info().arguments().map(args -> List.of(args).contains(marker)).orElse(false))
                .toList();
    }

    private static Path copy() {
        try (InputStream in = HostileServer.class.getResourceAsStream("/introspect/hostile-server.js")) {
            Path folder = Files.createTempDirectory(Path.of("/tmp"), "hostile-server-");
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
            Path script = folder.resolve("hostile-server.js");
            Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rw-r--r--"));
            folder.toFile().deleteOnExit();
            script.toFile().deleteOnExit();
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

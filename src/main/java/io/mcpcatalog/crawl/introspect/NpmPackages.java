package io.mcpcatalog.crawl.introspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Resolves and installs npm packages with the npm command, outside the sandbox (it needs the registry) and with
 * --ignore-scripts, so no code of the package runs while installing. Each package@version is installed once into
 * the cache (into a fresh folder, then moved into place), so re-runs are fast and concurrent installs are safe.
 */
public final class NpmPackages {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern NAME = Pattern.compile("^(@[a-z0-9~][a-z0-9._~-]*/)?[a-z0-9~][a-z0-9._~-]*$");
    private static final Pattern VERSION = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9.+^~<>=| -]{0,99}$");
    private static final String COMPLETE = ".complete";

    private final Path cache;
    private final String npm;
    private final Optional<String> registry;
    private final Duration timeout;

    public NpmPackages(Path cache, String npm, Optional<String> registry, Duration timeout) {
        this.cache = cache;
        this.npm = npm;
        this.registry = registry;
        this.timeout = timeout;
    }

    /** Packages as the introspection settings say: their cache, npm command, registry and install time. */
    public static NpmPackages of(IntrospectConfig config) {
        return new NpmPackages(Path.of(config.cacheDir()), config.npm(), config.npmRegistry(), config.installTimeout());
    }

    /** The exact version that {@code spec} (a version, range or dist-tag such as latest) means now. */
    public String resolve(String name, String spec) throws IntrospectionFailure {
        check(name, spec);
        String out = runNpm("resolving " + name + "@" + spec, cache, "view", name + "@" + spec, "version", "--json");
        try {
            JsonNode versions = JSON.readTree(out);
            JsonNode last = versions.isArray() ? versions.get(versions.size() - 1) : versions;
            if (last == null || !last.isTextual()) {
                throw new IntrospectionFailure("npm knows no version " + spec + " of " + name);
            }
            return last.asText();
        } catch (IOException e) {
            throw new IntrospectionFailure("npm answered no version for " + name + "@" + spec + ": "
                    + StdioTransport.excerpt(out));
        }
    }

    /** The package installed in the cache, installing it first when it is not there yet. */
    public InstalledPackage install(String name, String version) throws IntrospectionFailure {
        check(name, version);
        Path folder = cache.resolve("packages").resolve(name.replace('/', '+') + "@" + version);
        if (!Files.exists(folder.resolve(COMPLETE))) {
            installInto(folder, name, version);
        }
        return PackageManifest.read(folder, name, version);
    }

    private void installInto(Path folder, String name, String version) throws IntrospectionFailure {
        Path fresh = folder.resolveSibling(".installing-" + UUID.randomUUID());
        try {
            Files.createDirectories(fresh);
            Files.writeString(fresh.resolve("package.json"), "{\"private\": true}\n");
            runNpm("installing " + name + "@" + version, fresh, "install", "--ignore-scripts", "--no-audit",
                    "--no-fund", "--omit=dev", "--no-package-lock", "--prefix", fresh.toString(), name + "@" + version);
            Files.createFile(fresh.resolve(COMPLETE));
            moveIntoPlace(fresh, folder);
        } catch (IOException e) {
            throw new IntrospectionFailure("could not install " + name + "@" + version + " into " + cache + ": "
                    + e.getMessage());
        } finally {
            WorkFolders.delete(fresh);
        }
    }

    /** Moves the fresh install into place; another worker's install of the same version that got there first wins. */
    private static void moveIntoPlace(Path fresh, Path folder) throws IOException {
        try {
            Files.move(fresh, folder, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!Files.exists(folder.resolve(COMPLETE))) {
                throw e;
            }
        }
    }

    private String runNpm(String what, Path directory, String... arguments) throws IntrospectionFailure {
        List<String> command = new ArrayList<>(List.of(npm));
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(directory);
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
            builder.environment().put("npm_config_cache", cache.resolve("npm").toString());
            builder.environment().put("npm_config_update_notifier", "false");
            registry.ifPresent(url -> builder.environment().put("npm_config_registry", url));
            Process process = builder.start();
            process.getOutputStream().close();
            CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
            OutputTail err = new OutputTail(2048);
            CompletableFuture<Void> errDone = CompletableFuture.runAsync(() -> err.drain(process.getErrorStream()));
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                ServerProcess.killTree(process);
                throw new IntrospectionFailure("timed out " + what + " (npm took more than " + timeout.toSeconds() + " s)");
            }
            errDone.get(5, TimeUnit.SECONDS);
            if (process.exitValue() != 0) {
                throw new IntrospectionFailure("npm failed " + what + " (exit " + process.exitValue() + "): "
                        + StdioTransport.excerpt(err.text()));
            }
            return new String(out.get(5, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new IntrospectionFailure("npm could not be run " + what + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IntrospectionFailure("interrupted " + what);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readNBytes(1024 * 1024);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static void check(String name, String version) throws IntrospectionFailure {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IntrospectionFailure("'" + name + "' is not an npm package name");
        }
        if (version == null || !VERSION.matcher(version).matches()) {
            throw new IntrospectionFailure("'" + version + "' is not an npm version, range or tag");
        }
    }
}

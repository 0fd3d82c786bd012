package io.mcpcatalog.crawl.introspect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An npm registry on loopback for the tests' application: it serves fixture packages, packed by npm itself, whose
 * bin is the hostile server, so npm jobs resolve and install them as they would from the public registry. The
 * application gets a fresh package cache, so each run installs the fixture as it is now.
 */
public class FixtureNpmRegistry implements QuarkusTestResourceLifecycleManager {

    public static final String VERSION = "1.0.0";
    /** The packages served, one per test so that each test has its own source and server. */
    public static final List<String> PACKAGES = List.of("relist-fixture-within", "relist-fixture-after",
            "relist-fixture-changed", "relist-fixture-off");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, byte[]> files = new HashMap<>();
    private HttpServer server;
    private Path root;

    @Override
    public Map<String, String> start() {
        try {
            root = Files.createTempDirectory("npm-fixture-registry");
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
            for (String name : PACKAGES) {
                publish(name, base);
            }
            server.createContext("/", this::answer);
            server.start();
            return Map.of("catalog.introspect.npm-registry", base,
                    "catalog.introspect.cache-dir", root.resolve("cache").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void publish(String name, String base) throws IOException {
        Path folder = Files.createDirectories(root.resolve("src").resolve(name));
        ObjectNode manifest = JSON.createObjectNode().put("name", name).put("version", VERSION)
                .put("description", "Keeps short notes; describes its tool at run time.");
        manifest.putObject("bin").put(name, "hostile-server.js");
        Files.writeString(folder.resolve("package.json"), manifest.toString());
        Files.copy(HostileServer.script(), folder.resolve("hostile-server.js"));
        JsonNode packed = JSON.readTree(npm(folder, "pack", "--json", "--pack-destination", root.toString())).get(0);
        String tarball = name + "/-/" + packed.get("filename").asText();
        files.put(tarball, Files.readAllBytes(root.resolve(packed.get("filename").asText())));

        ObjectNode version = manifest.deepCopy();
        version.putObject("dist").put("tarball", base + tarball).put("integrity", packed.get("integrity").asText())
                .put("shasum", packed.get("shasum").asText());
        ObjectNode packument = JSON.createObjectNode().put("name", name);
        packument.putObject("dist-tags").put("latest", VERSION);
        packument.putObject("versions").set(VERSION, version);
        files.put(name, JSON.writeValueAsBytes(packument));
    }

    private String npm(Path folder, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of("npm"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("npm_config_cache", root.resolve("npm-cache").toString());
        Process process = builder.start();
        try {
            String out = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("npm " + String.join(" ", arguments) + " failed in " + folder + ": " + out);
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted packing " + folder, e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = files.get(exchange.getRequestURI().getPath().substring(1));
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", exchange.getRequestURI().getPath().endsWith(".tgz")
                    ? "application/octet-stream" : "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
        if (root != null) {
            WorkFolders.delete(root);
        }
    }
}

package io.mcpcatalog.crawl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Registry entries from files and from a registry API served here over HTTP, page by page with its cursor. */
class RegistryReaderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private HttpServer server;
    private final List<String> queries = new CopyOnWriteArrayList<>();

    private static String entry(String name) {
        return "{\"server\": {\"name\": \"io.github.o/" + name + "\", \"description\": \"d\", \"version\": \"1.0.0\"},"
                + " \"_meta\": {\"io.modelcontextprotocol.registry/official\": {\"status\": \"active\", \"isLatest\": true}}}";
    }

    private static List<String> names(List<JsonNode> entries) {
        return entries.stream().map(e -> e.get("name").asText().replace("io.github.o/", "")).toList();
    }

    /** Serves {@code pages}: the page for a request is chosen by its cursor ("" for the first). */
    private String serve(Map<String, String> pages) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v0/servers", exchange -> {
            String query = exchange.getRequestURI().getRawQuery();
            queries.add(query);
            String cursor = query.replaceAll("^.*cursor=([^&]*).*$|^.*$", "$1");
            String body = pages.getOrDefault(cursor, "");
            int status = body.isEmpty() ? 500 : 200;
            byte[] bytes = (body.isEmpty() ? "{\"error\": \"no such page\"}" : body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v0/servers";
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void pagesThroughARegistryWithItsCursorAndLeavesOutDeletedAndOldEntries() throws Exception {
        String deleted = entry("gone").replace("\"active\"", "\"deleted\"");
        String old = entry("old").replace("\"isLatest\": true", "\"isLatest\": false");
        String url = serve(Map.of(
                "", "{\"servers\": [" + entry("a") + "," + entry("b") + "], \"metadata\": {\"nextCursor\": \"c/1\", \"count\": 2}}",
                "c%2F1", "{\"servers\": [" + entry("c") + "," + deleted + "," + old + "], \"metadata\": {\"nextCursor\": \"c2\"}}",
                "c2", "{\"servers\": [" + entry("d") + "], \"metadata\": {\"count\": 1}}"));
        List<JsonNode> entries = RegistryReader.read(JSON.createObjectNode().put("url", url + "?version=latest").put("pageSize", 2));
        assertEquals(List.of("a", "b", "c", "d"), names(entries));
        assertEquals(List.of("version=latest&limit=2", "version=latest&limit=2&cursor=c%2F1", "version=latest&limit=2&cursor=c2"), queries);
    }

    @Test
    void stopsAtMaxServers() throws Exception {
        String url = serve(Map.of(
                "", "{\"servers\": [" + entry("a") + "," + entry("b") + "], \"metadata\": {\"nextCursor\": \"c1\"}}",
                "c1", "{\"servers\": [" + entry("c") + "," + entry("d") + "], \"metadata\": {\"nextCursor\": \"c2\"}}"));
        assertEquals(List.of("a", "b", "c"), names(RegistryReader.read(JSON.createObjectNode().put("url", url).put("maxServers", 3))));
        assertEquals(2, queries.size());
    }

    @Test
    void aRegistryThatFailsOrLoopsIsAnError() throws Exception {
        String url = serve(Map.of(
                "", "{\"servers\": [" + entry("a") + "], \"metadata\": {\"nextCursor\": \"same\"}}",
                "same", "{\"servers\": [" + entry("b") + "], \"metadata\": {\"nextCursor\": \"same\"}}"));
        IOException loop = assertThrows(IOException.class, () -> RegistryReader.read(JSON.createObjectNode().put("url", url)));
        assertTrue(loop.getMessage().contains("cursor 'same' twice"), loop.getMessage());
        IOException missing = assertThrows(IOException.class,
                () -> RegistryReader.read(JSON.createObjectNode().put("url", url.replace("/v0/servers", "/v0/nothing"))));
        assertTrue(missing.getMessage().contains("answered 404"), missing.getMessage());
    }

    @Test
    void readsOneEntryAnArrayOrASavedPageFromAFile() throws Exception {
        Path one = Files.writeString(folder.resolve("one.json"), "{\"name\": \"io.github.o/a\", \"version\": \"1\"}");
        Path array = Files.writeString(folder.resolve("array.json"), "[{\"name\": \"io.github.o/a\"}, {\"name\": \"io.github.o/b\"}]");
        Path page = Files.writeString(folder.resolve("page.json"), "{\"servers\": [" + entry("a") + "," + entry("b") + "," + entry("c") + "]}");
        assertEquals(List.of("a"), names(RegistryReader.read(JSON.createObjectNode().put("file", one.toString()))));
        assertEquals(List.of("a", "b"), names(RegistryReader.read(JSON.createObjectNode().put("file", array.toString()))));
        assertEquals(List.of("a", "b"), names(RegistryReader.read(JSON.createObjectNode().put("file", page.toString()).put("maxServers", 2))));
    }
}

package io.mcpcatalog.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@code server.json} entries of an MCP registry: from a file (one entry, an array of them, or a saved
 * page of the registry API), or from a registry API's server list, page after page with its cursor
 * ({@code metadata.nextCursor}). Entries the registry marks as deleted or as not the latest version are left out.
 */
final class RegistryReader {

    static final int DEFAULT_PAGE_SIZE = 100;
    static final int DEFAULT_MAX_SERVERS = 10_000;
    private static final int MAX_PAGE_BYTES = 16 * 1024 * 1024;
    private static final String OFFICIAL = "io.modelcontextprotocol.registry/official";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private RegistryReader() {
    }

    /** The entries of the registry a registry source's spec names ({@code file} or {@code url}). */
    static List<JsonNode> read(JsonNode spec) throws IOException, InterruptedException {
        int max = spec.path("maxServers").asInt(DEFAULT_MAX_SERVERS);
        if (spec.has("file")) {
            List<JsonNode> entries = entries(JSON.readTree(Files.readString(Path.of(spec.get("file").asText()))));
            return entries.subList(0, Math.min(max, entries.size()));
        }
        return fromApi(spec.get("url").asText(), spec.path("pageSize").asInt(DEFAULT_PAGE_SIZE), max);
    }

    private static List<JsonNode> fromApi(String url, int pageSize, int max) throws IOException, InterruptedException {
        List<JsonNode> all = new ArrayList<>();
        Set<String> cursors = new HashSet<>();
        String cursor = null;
        do {
            String page = url + (url.contains("?") ? "&" : "?") + "limit=" + pageSize
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode body = get(page);
            List<JsonNode> entries = entries(body);
            all.addAll(entries.subList(0, Math.min(entries.size(), max - all.size())));
            JsonNode metadata = body.path("metadata");
            cursor = metadata.path("nextCursor").asText(metadata.path("next_cursor").asText(""));
            if (!cursor.isEmpty() && !cursors.add(cursor)) {
                throw new IOException("the registry at " + url + " gave the cursor '" + cursor + "' twice");
            }
        } while (!cursor.isEmpty() && all.size() < max);
        return all;
    }

    private static JsonNode get(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").build();
        HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream in = response.body()) {
            byte[] body = in.readNBytes(MAX_PAGE_BYTES + 1);
            if (response.statusCode() != 200) {
                throw new IOException("GET " + url + " answered " + response.statusCode());
            }
            if (body.length > MAX_PAGE_BYTES) {
                throw new IOException("GET " + url + " answered more than " + MAX_PAGE_BYTES + " bytes");
            }
            return JSON.readTree(body);
        }
    }

    /** The server.json entries of a document: a list page ({servers: [{server, _meta}]}), an array, or one entry. */
    static List<JsonNode> entries(JsonNode document) {
        JsonNode list = document.has("servers") ? document.get("servers") : document;
        List<JsonNode> entries = new ArrayList<>();
        for (JsonNode item : list.isArray() ? list : List.of(list)) {
            JsonNode official = item.path("_meta").path(OFFICIAL);
            boolean current = official.path("isLatest").asBoolean(true) && !official.path("status").asText().equals("deleted");
            JsonNode server = item.has("server") ? item.get("server") : item;
            if (current && server.isObject()) {
                entries.add(server);
            }
        }
        return entries;
    }
}

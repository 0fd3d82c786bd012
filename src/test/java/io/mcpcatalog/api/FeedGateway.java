package io.mcpcatalog.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mcpcatalog.CatalogTestResource;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a gateway does with the feed, over real HTTP: reads pages or NDJSON streams from its cursor and keeps a
 * mirror of the catalog (server/tool to the latest entry). Also posts imports. One instance per thread.
 */
final class FeedGateway {

    static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final Map<String, JsonNode> mirror = new HashMap<>();
    private String cursor;
    private long entriesApplied;

    FeedGateway(URI base) {
        this.base = base;
    }

    record Page(List<JsonNode> items, String nextCursor, boolean more) {
    }

    record Stream(List<JsonNode> entries, String nextCursor) {
    }

    Page page(String since, int limit) {
        JsonNode body = get(feedUri(since) + "&limit=" + limit, "application/json", JSON::readTree);
        List<JsonNode> items = new ArrayList<>();
        body.get("items").forEach(items::add);
        return new Page(items, body.get("nextCursor").asText(), body.get("more").asBoolean());
    }

    /** Reads an NDJSON stream; fails when its end line is missing (a stream cut short). */
    Stream stream(String since) {
        List<JsonNode> lines = get(feedUri(since), FeedResource.NDJSON, this::lines);
        JsonNode end = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        if (end == null || !"end".equals(end.path("op").asText())) {
            throw new AssertionError("the stream has no end line");
        }
        return new Stream(lines.subList(0, lines.size() - 1), end.get("nextCursor").asText());
    }

    /** Pages from the gateway's cursor until the feed has no more; each page names a tool at most once. */
    void catchUpByPages(int limit) {
        Page page;
        do {
            page = page(cursor, limit);
            applyOnce(page.items());
            cursor = page.nextCursor();
        } while (page.more());
    }

    void catchUpByStream() {
        Stream stream = stream(cursor);
        applyOnce(stream.entries());
        cursor = stream.nextCursor();
    }

    Map<String, JsonNode> mirror() {
        return mirror;
    }

    String cursor() {
        return cursor;
    }

    long entriesApplied() {
        return entriesApplied;
    }

    void importToolsList(String server, String repository, String toolsList) {
        String uri = base + "api/v1/imports?server=" + encode(server) + "&repository=" + encode(repository);
        post(uri, toolsList);
    }

    void importSnapshot(String snapshot) {
        post(base + "api/v1/imports", snapshot);
    }

    static String key(JsonNode entry) {
        return entry.get("server").asText() + "/" + entry.get("tool").asText();
    }

    private void applyOnce(List<JsonNode> entries) {
        Set<String> seen = new HashSet<>();
        for (JsonNode entry : entries) {
            if (!seen.add(key(entry))) {
                throw new AssertionError("one read named " + key(entry) + " twice");
            }
            if ("delete".equals(entry.get("op").asText())) {
                mirror.remove(key(entry));
            } else {
                mirror.put(key(entry), entry);
            }
            entriesApplied++;
        }
    }

    private String feedUri(String since) {
        return base + "api/v1/feed?since=" + (since == null ? "" : since);
    }

    private <T> T get(String uri, String accept, BodyReader<T> reader) {
        try {
            HttpResponse<InputStream> response = http.send(
                    HttpRequest.newBuilder(URI.create(uri)).header("Accept", accept).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new AssertionError("GET " + uri + ": " + response.statusCode() + " "
                            + new String(body.readAllBytes(), StandardCharsets.UTF_8));
                }
                return reader.read(body);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void post(String uri, String body) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(uri))
                            .header("Authorization", "Bearer " + CatalogTestResource.ADMIN_TOKEN)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("POST " + uri + ": " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private List<JsonNode> lines(InputStream body) throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @FunctionalInterface
    private interface BodyReader<T> {
        T read(InputStream body) throws IOException;
    }
}

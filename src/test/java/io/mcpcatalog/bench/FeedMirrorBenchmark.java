package io.mcpcatalog.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mcpcatalog.CatalogTestResource;
import io.mcpcatalog.classify.eval.CorpusLoader;
import io.mcpcatalog.classify.eval.CorpusTool;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Full-mirror throughput of the gateway feed over HTTP, in tools per second: the NDJSON stream and paging (1000 and
 * 100 a page), against exporting the same catalog as one snapshot (GET /api/v1/snapshot) in the same run. The
 * catalog is built from the corpus's real tools (descriptions and schemas), 50 to a server. Every mode parses
 * every document it receives, as a gateway would. Modes alternate within each round; the median of the rounds is
 * reported. Not part of the test suite (no *Test name); run with bench/feed.sh.
 */
@QuarkusTest
@WithTestResource(CatalogTestResource.class)
class FeedMirrorBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int TOOLS_PER_SERVER = 50;
    private static final int SERVERS_PER_IMPORT = 20;

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newHttpClient();

    private interface Mirror {
        int tools() throws Exception;
    }

    @Test
    void fullMirrorThroughput() throws Exception {
        int tools = Integer.getInteger("feed.bench.tools", 5000);
        int rounds = Integer.getInteger("feed.bench.rounds", 5);
        loadCatalog(tools);
        Map<String, Mirror> modes = new LinkedHashMap<>();
        modes.put("snapshot export (baseline)", this::snapshot);
        modes.put("feed, NDJSON stream", this::stream);
        modes.put("feed, pages of 1000", () -> pages(1000));
        modes.put("feed, pages of 100", () -> pages(100));
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        Map<String, Integer> counted = new LinkedHashMap<>();
        for (int round = 0; round <= rounds; round++) {
            for (Map.Entry<String, Mirror> mode : modes.entrySet()) {
                long start = System.nanoTime();
                int count = mode.getValue().tools();
                double elapsed = (System.nanoTime() - start) / 1e9;
                if (round > 0) {
                    seconds.computeIfAbsent(mode.getKey(), k -> new ArrayList<>()).add(elapsed);
                }
                counted.put(mode.getKey(), count);
            }
        }
        report(seconds, counted, rounds);
    }

    private void loadCatalog(int tools) throws Exception {
        List<CorpusTool> corpus = CorpusLoader.fromClasspath();
        ArrayNode servers = JSON.createArrayNode();
        for (int server = 0, next = 0; next < tools; server++) {
            ObjectNode record = servers.addObject();
            record.put("name", "Bench Server " + server);
            record.put("repository", "https://github.com/bench/server-" + server);
            ArrayNode list = record.putArray("tools");
            Set<String> names = new HashSet<>();
            for (int i = 0; i < TOOLS_PER_SERVER && next < tools; i++, next++) {
                CorpusTool tool = corpus.get(next % corpus.size());
                String name = names.add(tool.tool().name()) ? tool.tool().name() : tool.tool().name() + "_" + i;
                names.add(name);
                ObjectNode node = list.addObject();
                node.put("name", name);
                node.put("description", tool.tool().description());
                node.set("inputSchema", JSON.readTree(tool.tool().inputSchema()));
            }
            if (servers.size() == SERVERS_PER_IMPORT || next == tools) {
                post(servers);
                servers = JSON.createArrayNode();
            }
        }
    }

    private void post(ArrayNode servers) throws Exception {
        ObjectNode snapshot = JSON.createObjectNode();
        snapshot.put("format", "mcp-catalog-snapshot");
        snapshot.put("formatVersion", 1);
        snapshot.set("servers", servers);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("api/v1/imports"))
                .header("Authorization", "Bearer " + CatalogTestResource.ADMIN_TOKEN)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(snapshot))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("import failed: " + response.body());
        }
    }

    private int snapshot() throws Exception {
        JsonNode snapshot = JSON.readTree(get("api/v1/snapshot", "application/json"));
        int tools = 0;
        for (JsonNode server : snapshot.get("servers")) {
            tools += server.get("tools").size();
        }
        return tools;
    }

    private int stream() throws Exception {
        int tools = 0;
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(
                get("api/v1/feed", "application/x-ndjson"), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if ("upsert".equals(JSON.readTree(line).get("op").asText())) {
                    tools++;
                }
            }
        }
        return tools;
    }

    private int pages(int limit) throws Exception {
        int tools = 0;
        String cursor = "";
        JsonNode page;
        do {
            page = JSON.readTree(get("api/v1/feed?limit=" + limit + "&since=" + cursor, "application/json"));
            for (JsonNode entry : page.get("items")) {
                if ("upsert".equals(entry.get("op").asText())) {
                    tools++;
                }
            }
            cursor = page.get("nextCursor").asText();
        } while (page.get("more").asBoolean());
        return tools;
    }

    private InputStream get(String path, String accept) throws Exception {
        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Accept", accept).GET().build(), HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + ": " + response.statusCode());
        }
        return response.body();
    }

    private static void report(Map<String, List<Double>> seconds, Map<String, Integer> counted, int rounds)
            throws IOException {
        double baseline = counted.values().iterator().next() / median(seconds.values().iterator().next());
        StringBuilder out = new StringBuilder(String.format("full mirror of %d tools, median of %d rounds%n",
                counted.values().iterator().next(), rounds));
        out.append(String.format("%-28s %8s %10s %8s%n", "mode", "seconds", "tools/s", "ratio"));
        seconds.forEach((mode, times) -> {
            double median = median(times);
            double rate = counted.get(mode) / median;
            out.append(String.format("%-28s %8.3f %10.0f %8.2f%n", mode, median, rate, rate / baseline));
        });
        System.out.print(out);
        Path file = Path.of("target", "feed-benchmark.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}

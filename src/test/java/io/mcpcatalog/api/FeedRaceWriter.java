package io.mcpcatalog.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * One writer of the feed race: owns its servers (as a crawler owns the repositories it crawls) and changes them
 * at random, each change one import: a new server, a changed tool list, or a snapshot of several servers.
 */
final class FeedRaceWriter {

    private static final List<String> DESCRIPTIONS = List.of("Lists the items.", "Gets one item by id.",
            "Updates an item.", "Creates an item.", "Deletes an item permanently.", "Runs a shell command.",
            "Creates a payment for the order.");

    private final int writer;
    private final FeedGateway http;
    private final Random random;
    private final List<Map<String, String>> servers = new ArrayList<>();
    private int nextTool;

    FeedRaceWriter(int writer, FeedGateway http) {
        this.writer = writer;
        this.http = http;
        this.random = new Random(writer);
    }

    void changeSomething() {
        int action = servers.isEmpty() ? 0 : random.nextInt(5);
        if (action == 0) {
            Map<String, String> tools = new LinkedHashMap<>();
            for (int i = 0, n = 2 + random.nextInt(6); i < n; i++) {
                tools.put(newToolName(), description());
            }
            servers.add(tools);
            importServer(servers.size() - 1);
        } else if (action == 4 && servers.size() > 1) {
            StringBuilder snapshot = new StringBuilder("{\"format\":\"mcp-catalog-snapshot\",\"formatVersion\":1,\"servers\":[");
            for (int i = 0; i < servers.size(); i++) {
                mutate(servers.get(i));
                snapshot.append(i == 0 ? "" : ",").append("{\"name\":\"").append(name(i))
                        .append("\",\"repository\":\"").append(repository(i)).append("\",\"tools\":")
                        .append(toolsJson(servers.get(i))).append('}');
            }
            http.importSnapshot(snapshot.append("]}").toString());
        } else {
            int server = random.nextInt(servers.size());
            mutate(servers.get(server));
            importServer(server);
        }
    }

    /** Drops a tool, changes one's description (often its category too), adds one; never leaves the list empty. */
    private void mutate(Map<String, String> tools) {
        List<String> names = new ArrayList<>(tools.keySet());
        if (names.size() > 1 && random.nextBoolean()) {
            tools.remove(names.remove(random.nextInt(names.size())));
        }
        tools.put(names.get(random.nextInt(names.size())), description());
        if (random.nextBoolean()) {
            tools.put(newToolName(), description());
        }
    }

    private void importServer(int server) {
        http.importToolsList(name(server), repository(server), toolsList(servers.get(server)));
    }

    private static String toolsList(Map<String, String> tools) {
        return "{\"tools\":" + toolsJson(tools) + "}";
    }

    /** A tools/list result with these tools, in this order (name, description, name, description...). */
    static String toolsList(String... namesAndDescriptions) {
        Map<String, String> tools = new LinkedHashMap<>();
        for (int i = 0; i < namesAndDescriptions.length; i += 2) {
            tools.put(namesAndDescriptions[i], namesAndDescriptions[i + 1]);
        }
        return toolsList(tools);
    }

    private String name(int server) {
        return "Feed Race " + writer + "-" + server;
    }

    private String repository(int server) {
        return "https://github.com/example/feed-race-" + writer + "-" + server;
    }

    private String newToolName() {
        return "tool_" + writer + "_" + nextTool++;
    }

    private String description() {
        return DESCRIPTIONS.get(random.nextInt(DESCRIPTIONS.size()));
    }

    private static String toolsJson(Map<String, String> tools) {
        StringBuilder json = new StringBuilder("[");
        tools.forEach((name, description) -> json.append(json.length() == 1 ? "" : ",").append("{\"name\":\"")
                .append(name).append("\",\"description\":\"").append(description)
                .append("\",\"inputSchema\":{\"type\":\"object\",\"properties\":{\"command\":{\"type\":\"string\"}}}}"));
        return json.append(']').toString();
    }
}

package io.mcpcatalog.cli;

import com.fasterxml.jackson.databind.JsonNode;

/** The scan output for people: one block per server, a row per tool with its risk and where it is defined. */
final class ScanTable {

    private ScanTable() {
    }

    static String render(JsonNode document) {
        StringBuilder out = new StringBuilder();
        out.append(document.path("source").asText());
        if (!document.path("commit").isNull()) {
            out.append(" @ ").append(document.path("commit").asText());
        }
        out.append('\n');
        for (JsonNode server : document.path("servers")) {
            out.append('\n').append(server.path("name").asText())
                    .append(server.path("path").asText().isEmpty() ? "" : " (" + server.path("path").asText() + ")")
                    .append(" - ").append(server.path("tools").size()).append(" tools")
                    .append("readme".equals(server.path("origin").asText()) ? ", read from the README (low confidence)" : "")
                    .append('\n');
            out.append(String.format("  %-40s %-12s %-9s %s%n", "TOOL", "CATEGORY", "RISK", "DEFINED AT"));
            for (JsonNode tool : server.path("tools")) {
                JsonNode source = tool.path("source");
                String where = source.path("file").asText("") + (source.path("line").isInt() ? ":" + source.path("line").asInt() : "");
                out.append(String.format("  %-40s %-12s %-9s %s%n", tool.path("name").asText(),
                        tool.path("classification").path("category").asText(),
                        tool.path("classification").path("risk").asText(), where));
            }
        }
        JsonNode stats = document.path("stats");
        out.append(String.format("%n%d servers, %d tools, %d files parsed in %d ms%s, %d problems%n",
                stats.path("servers").asInt(), stats.path("tools").asInt(), stats.path("filesParsed").asInt(),
                stats.path("millis").asLong(), stats.path("timedOut").asBoolean() ? " (time budget spent)" : "",
                document.path("problems").size()));
        return out.toString();
    }
}

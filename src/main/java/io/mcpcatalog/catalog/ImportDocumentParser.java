package io.mcpcatalog.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import io.mcpcatalog.extract.SchemaParams;
import io.mcpcatalog.extract.SourceLocation;
import io.mcpcatalog.extract.ToolDefinition;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an import body (a catalog snapshot, or a tools/list result for a named server) into a validated batch.
 * A tools/list with any problem is rejected whole; a snapshot skips bad server records and reports them,
 * and is rejected only when the document itself is wrong or no record is usable.
 */
public final class ImportDocumentParser {

    private static final Pattern SERVER_INDEX = Pattern.compile("^\\$\\.servers\\[(\\d+)]");

    public ImportBatch parse(JsonNode body, ToolsListTarget target) {
        if (body == null || !body.isObject()) {
            throw new ImportRejectedException("The body must be a JSON object: a catalog snapshot "
                    + "(\"format\": \"mcp-catalog-snapshot\") or a tools/list result (\"tools\": [...]).", List.of());
        }
        if (body.has("format")) {
            return parseSnapshot(body);
        }
        if (body.has("tools")) {
            return parseToolsList(body, target);
        }
        throw new ImportRejectedException("The body is neither a catalog snapshot (\"format\": \"mcp-catalog-snapshot\") "
                + "nor a tools/list result (\"tools\": [...]).", List.of());
    }

    private ImportBatch parseToolsList(JsonNode body, ToolsListTarget target) {
        if (target == null || target.isEmpty()) {
            throw new ImportRejectedException("A tools/list import needs the server it belongs to: "
                    + "?server=NAME and/or ?repository=URL.", List.of());
        }
        ServerImport server = new ServerImport(target.identity(), blankToNull(target.repository()),
                target.path() == null ? "" : target.path(), null, "", null, null, toolsList(body));
        return new ImportBatch("tools-list", List.of(server), List.of());
    }

    /** The tools of a tools/list result, validated whole: any problem rejects it with every problem listed. */
    public List<ToolDefinition> toolsList(JsonNode body) {
        List<String> problems = new ArrayList<>(DocumentSchemas.validate(DocumentSchemas.TOOLS_LIST, body)
                .stream().map(p -> p.location() + ": " + p.message()).toList());
        problems.addAll(duplicateNames(body.path("tools"), "$.tools"));
        if (!problems.isEmpty()) {
            throw new ImportRejectedException("The tools/list result is invalid; nothing was imported.", problems);
        }
        return tools(body.path("tools"));
    }

    private ImportBatch parseSnapshot(JsonNode body) {
        Map<Integer, List<String>> problemsByServer = new TreeMap<>();
        List<String> documentProblems = new ArrayList<>();
        for (DocumentSchemas.Problem problem : DocumentSchemas.validate(DocumentSchemas.SNAPSHOT, body)) {
            Matcher index = SERVER_INDEX.matcher(problem.location());
            if (index.find()) {
                problemsByServer.computeIfAbsent(Integer.parseInt(index.group(1)), i -> new ArrayList<>())
                        .add(problem.location() + ": " + problem.message());
            } else {
                documentProblems.add(problem.location() + ": " + problem.message());
            }
        }
        if (!documentProblems.isEmpty()) {
            throw new ImportRejectedException("The snapshot document is invalid; nothing was imported.", documentProblems);
        }
        List<ServerImport> servers = new ArrayList<>();
        List<SkippedRecord> skipped = new ArrayList<>();
        Set<String> canonicalNames = new HashSet<>();
        JsonNode records = body.path("servers");
        for (int i = 0; i < records.size(); i++) {
            JsonNode record = records.get(i);
            String location = "$.servers[" + i + "]";
            List<String> problems = new ArrayList<>(problemsByServer.getOrDefault(i, List.of()));
            problems.addAll(duplicateNames(record.path("tools"), location + ".tools"));
            ServerImport server = problems.isEmpty() ? server(record, location, problems) : null;
            if (server != null) {
                if (canonicalNames.add(server.identity().canonicalName())) {
                    servers.add(server);
                    continue;
                }
                problems.add(location + ": server " + server.identity().canonicalName() + " appears twice");
            }
            skipped.add(new SkippedRecord(location, record.path("name").asText(""), problems));
        }
        if (servers.isEmpty() && !skipped.isEmpty()) {
            throw new ImportRejectedException("No server record of the snapshot is valid; nothing was imported.",
                    skipped.stream().flatMap(s -> s.problems().stream()).toList());
        }
        return new ImportBatch("snapshot", servers, skipped);
    }

    private static ServerImport server(JsonNode record, String location, List<String> problems) {
        try {
            return server(record);
        } catch (DateTimeParseException e) {
            problems.add(location + ".crawledAt: not an ISO-8601 date-time with offset");
            return null;
        } catch (IllegalArgumentException e) {
            problems.add(location + "." + e.getMessage());
            return null;
        }
    }

    private static ServerImport server(JsonNode record) {
        String name = record.path("name").asText();
        String repository = text(record, "repository");
        String path = record.path("path").asText("");
        ServerIdentity identity = repository != null
                ? ServerIdentity.fromRepository(repository, path, name) : ServerIdentity.fromName(name);
        if (record.hasNonNull("canonicalName")) {
            identity = new ServerIdentity(record.get("canonicalName").asText(), identity.slug(), identity.displayName());
        }
        if (record.hasNonNull("slug")) {
            identity = identity.withSlug(record.get("slug").asText());
        }
        OffsetDateTime crawledAt = record.hasNonNull("crawledAt") ? OffsetDateTime.parse(record.get("crawledAt").asText()) : null;
        return new ServerImport(identity, repository, path, text(record, "language"),
                record.path("description").asText(""), text(record, "commit"), crawledAt, tools(record.path("tools")),
                LiveServerJson.read(record.get("live")));
    }

    private static List<ToolDefinition> tools(JsonNode tools) {
        List<ToolDefinition> definitions = new ArrayList<>();
        for (JsonNode tool : tools) {
            JsonNode schema = tool.path("inputSchema");
            JsonNode source = tool.path("source");
            SourceLocation location = source.isObject() ? new SourceLocation(text(source, "file"),
                    source.hasNonNull("line") ? source.get("line").asInt() : null, text(source, "pattern")) : null;
            definitions.add(new ToolDefinition(tool.path("name").asText(), tool.path("description").asText(""),
                    SchemaParams.fromSchema(schema), CatalogJson.write(schema),
                    CatalogJson.annotations(tool.get("annotations")), location));
        }
        return definitions;
    }

    private static List<String> duplicateNames(JsonNode tools, String location) {
        Set<String> seen = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < tools.size(); i++) {
            String name = tools.get(i).path("name").asText();
            if (!seen.add(name)) {
                problems.add(location + "[" + i + "].name: tool name '" + name + "' appears twice");
            }
        }
        return problems;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}

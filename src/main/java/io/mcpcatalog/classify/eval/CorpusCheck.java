package io.mcpcatalog.classify.eval;

import io.mcpcatalog.classify.Category;
import io.mcpcatalog.classify.ServerContext;
import io.mcpcatalog.extract.ToolDefinition;
import io.mcpcatalog.extract.ToolParam;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What makes a corpus record usable: a known category, a reason, a source, a split, and a unique (server, name). */
public final class CorpusCheck {

    private CorpusCheck() {
    }

    /** One line per problem, naming the file and tool; empty when every record is usable. */
    public static List<String> problems(List<CorpusRecord> records) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CorpusRecord record : records) {
            String where = record.file() + " " + record.server() + "/" + record.name() + ": ";
            if (blank(record.server()) || blank(record.name())) {
                problems.add(where + "needs a server and a tool name");
            }
            if (!seen.add(record.server() + "\u0000" + record.name())) {
                problems.add(where + "duplicate (server, name)");
            }
            try {
                Category.fromLabel(record.label() == null ? "" : record.label());
            } catch (IllegalArgumentException e) {
                problems.add(where + "label '" + record.label() + "' is not a category");
            }
            if (blank(record.reason())) {
                problems.add(where + "needs a reason for its label");
            }
            if (blank(record.source())) {
                problems.add(where + "needs a source (package@version, or repository, commit and file)");
            }
            if (!"dev".equals(record.split()) && !"holdout".equals(record.split())) {
                problems.add(where + "split must be dev or holdout, not '" + record.split() + "'");
            }
            if (blank(record.serverName())) {
                problems.add(where + "needs the server_name a crawl would report");
            }
            if (record.params() != null && record.params().stream().anyMatch(p -> p == null || blank(p.name()))) {
                problems.add(where + "every param needs a name");
            }
        }
        return problems;
    }

    /** The records as tools; call only when {@link #problems} is empty. */
    static List<CorpusTool> tools(List<CorpusRecord> records) {
        List<CorpusTool> tools = new ArrayList<>(records.size());
        for (CorpusRecord record : records) {
            List<ToolParam> params = record.params() == null ? List.of() : record.params();
            ToolDefinition tool = new ToolDefinition(record.name(), record.description(), params, null,
                    record.annotations(), null);
            ServerContext context = new ServerContext(record.serverName(),
                    record.serverDescription() == null ? "" : record.serverDescription());
            tools.add(new CorpusTool(record.server(), context, Split.fromLabel(record.split()), tool,
                    Category.fromLabel(record.label()), record.reason(), record.source()));
        }
        return List.copyOf(tools);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

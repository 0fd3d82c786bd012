package io.mcpcatalog.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mcpcatalog.classify.Category;

/** Test data: the 23 tools of the "Mcp Ssh" server, and decoys from another server that mention "background". */
final class Fixtures {

    static final String MCP_SSH = "mcp-ssh";
    static final String TASK_RUNNER = "task-runner";
    static final List<String> MCP_SSH_BACKGROUND_TOOLS =
            List.of("backgroundExecute", "stopBackground", "listBackgroundTasks", "stopAllBackgroundTasks");

    private Fixtures() {
    }

    static List<ToolDocument> all() {
        List<ToolDocument> all = new ArrayList<>(mcpSsh());
        all.addAll(taskRunner());
        return all;
    }

    static List<ToolDocument> mcpSsh() {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/mcp-ssh.tools-list.json")) {
            List<ToolDocument> tools = new ArrayList<>();
            for (JsonNode tool : new ObjectMapper().readTree(in).path("tools")) {
                List<String> params = new ArrayList<>();
                tool.path("inputSchema").path("properties").fieldNames().forEachRemaining(params::add);
                String name = tool.path("name").asText();
                tools.add(new ToolDocument(MCP_SSH, "Mcp Ssh", "io.github.shuakami/mcp-ssh", name,
                        tool.path("description").asText(), categoryOf(name), riskOf(categoryOf(name)), params,
                        List.of("shell", "network")));
            }
            return tools;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each description says "background" once; none of the names does. */
    static List<ToolDocument> taskRunner() {
        return List.of(
                taskRunnerTool("runScript", "Executes a shell script, optionally in the background.", "Execute",
                        List.of("shell", "filesystem")),
                taskRunnerTool("scheduleJob", "Schedules a job to run in the background at a given time.", "Execute",
                        List.of()),
                taskRunnerTool("fetchLogs", "Fetches the logs of a job that ran in the background.", "Read",
                        List.of()));
    }

    static ToolDocument taskRunnerTool(String name, String description, String category,
                                       List<String> capabilities) {
        return new ToolDocument(TASK_RUNNER, "Task Runner", "io.github.example/task-runner", name, description,
                category, riskOf(category), List.of("jobId"), capabilities);
    }

    /** A stand-in for the classifier, so that the filters have labels to find. */
    private static String categoryOf(String toolName) {
        if (toolName.startsWith("list") || toolName.startsWith("get")) {
            return "Read";
        }
        if (toolName.startsWith("delete")) {
            return "Destructive";
        }
        if (toolName.contains("xecute") || toolName.contains("Terminal")) {
            return "Execute";
        }
        return "Write";
    }

    private static String riskOf(String category) {
        return Category.fromLabel(category).risk().label();
    }
}

package io.mcpcatalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.api.Git;

/**
 * Git repositories of small TypeScript MCP servers written here, made with JGit, to crawl: each registers
 * {@link #TOOLS_PER_FILE} tools per file of {@code src/tools/}, beside helper code that the scan parses too.
 */
public final class McpServerRepos {

    public static final int TOOLS_PER_FILE = 3;

    private McpServerRepos() {
    }

    /** Creates {@code count} repositories named {@code <prefix>-<n>} in {@code folder}, each with {@code files} tool files. */
    public static List<Path> create(Path folder, String prefix, int count, int files) throws Exception {
        List<Path> repos = new ArrayList<>();
        for (int n = 1; n <= count; n++) {
            repos.add(create(folder.resolve(prefix + "-" + n), prefix.replace('-', '_') + "_" + n, files));
        }
        return repos;
    }

    private static Path create(Path repo, String name, int files) throws Exception {
        Files.createDirectories(repo.resolve("src/tools"));
        Files.writeString(repo.resolve("package.json"), """
                {"name": "%s", "version": "1.0.0", "type": "module",
                 "dependencies": {"@modelcontextprotocol/sdk": "^1.0.0", "zod": "^3.23.0"}}
                """.formatted(name.replace('_', '-')));
        StringBuilder index = new StringBuilder("""
                import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
                import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
                """);
        for (int file = 1; file <= files; file++) {
            index.append("import { registerGroup%d } from \"./tools/group%d.js\";\n".formatted(file, file));
            Files.writeString(repo.resolve("src/tools/group" + file + ".ts"), toolFile(name, file));
        }
        index.append("\nconst server = new McpServer({ name: \"%s\", version: \"1.0.0\" });\n".formatted(name));
        for (int file = 1; file <= files; file++) {
            index.append("registerGroup%d(server);\n".formatted(file));
        }
        index.append("await server.connect(new StdioServerTransport());\n");
        Files.writeString(repo.resolve("src/index.ts"), index);
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            git.commit().setMessage("server " + name).setAuthor("t", "t@example.org").setCommitter("t", "t@example.org")
                    .setSign(false).call();
        }
        return repo;
    }

    private static String toolFile(String name, int group) {
        StringBuilder helpers = new StringBuilder();
        for (int i = 1; i <= 12; i++) {
            helpers.append("""
                    function format%1$d(rows: Array<Record<string, unknown>>, width = %1$d): string {
                      const lines = rows.map((row) => Object.entries(row).map(([k, v]) => `${k}=${String(v)}`).join(" "));
                      return lines.filter((line) => line.length > 0).map((line) => line.slice(0, width * 10)).join("\\n");
                    }
                    """.formatted(i));
        }
        return """
                import { z } from "zod";
                import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";

                %1$s
                export function registerGroup%2$d(server: McpServer): void {
                  server.tool("list_%3$s_items_%2$d", "Lists the items of group %2$d.",
                    { limit: z.number().int().optional().describe("Most items to list") },
                    async ({ limit }) => ({ content: [{ type: "text", text: format1([{ limit }]) }] }));
                  server.tool("delete_%3$s_item_%2$d", "Deletes an item of group %2$d permanently.",
                    { id: z.string().describe("The item to delete") },
                    async ({ id }) => ({ content: [{ type: "text", text: format2([{ id }]) }] }));
                  server.tool("run_%3$s_command_%2$d", "Runs a shell command on the host for group %2$d.",
                    { command: z.string().describe("The command line to run") },
                    async ({ command }) => ({ content: [{ type: "text", text: format3([{ command }]) }] }));
                }
                """.formatted(helpers, group, name);
    }
}

package io.mcpcatalog.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.treesitter.TSNode;

/** Server location, test exclusion, failure isolation and the README fallback, over real tree-sitter parses. */
class RepositoryExtractorTest {

    /** Finds Python calls {@code tool_register("name", "description")} by walking the syntax tree. */
    private static final class RegisterCallExtractor implements LanguageExtractor {

        @Override
        public Set<Language> languages() {
            return Set.of(Language.PYTHON);
        }

        @Override
        public List<ExtractedTool> extract(ParsedFile file, SourceIndex index) {
            if (file.path().endsWith("boom.py")) {
                throw new IllegalStateException("cannot handle this file");
            }
            List<ExtractedTool> tools = new ArrayList<>();
            collect(file, file.root(), tools);
            return tools;
        }

        private void collect(ParsedFile file, TSNode node, List<ExtractedTool> tools) {
            if (node.getType().equals("call") && file.text(node.getChildByFieldName("function")).equals("tool_register")) {
                TSNode args = node.getChildByFieldName("arguments");
                String name = file.text(args.getNamedChild(0)).replace("\"", "");
                String description = file.text(args.getNamedChild(1)).replace("\"", "");
                tools.add(ExtractedTool.of(new ToolDefinition(name, description, List.of(), "{}", null,
                        new SourceLocation(file.path(), file.line(node), "test-register-call"))));
            }
            for (int i = 0; i < node.getNamedChildCount(); i++) {
                collect(file, node.getNamedChild(i), tools);
            }
        }
    }

    private final RepositoryExtractor extractor = new RepositoryExtractor(List.of(new RegisterCallExtractor()));

    private static long later() {
        return System.nanoTime() + 60_000_000_000L;
    }

    @Test
    void findsEachServerOfAMonorepoAndKeepsSameNamedToolsApart() {
        SourceTree tree = SourceTree.of(Map.of(
                "package.json", "{\"name\": \"workspace\"}",
                "root.py", "tool_register(\"status\", \"Root status\")",
                "packages/a/package.json", "{\"name\": \"@demo/server-a\"}",
                "packages/a/src/tools.py", "tool_register(\"ping\", \"Ping A\")\ntool_register(\"ping\", \"again\")",
                "packages/a/tests/test_tools.py", "tool_register(\"test_only\", \"x\")",
                "packages/b/pyproject.toml", "[project]\nname = \"server-b\"\n",
                "packages/b/b.py", "tool_register(\"ping\", \"Ping B\")"));
        TreeScan scan = extractor.scan(tree, "repo", later());
        assertEquals(List.of("", "packages/a", "packages/b"), scan.servers().stream().map(ScannedServer::path).toList());
        assertEquals(List.of("workspace", "@demo/server-a", "server-b"),
                scan.servers().stream().map(ScannedServer::name).toList());
        ScannedServer a = scan.servers().get(1);
        assertEquals(1, a.tools().size(), "a duplicate registration is one tool");
        assertEquals("Ping A", a.tools().get(0).definition().description());
        assertEquals("Ping B", scan.servers().get(2).tools().get(0).definition().description());
        assertEquals("python", a.language());
        assertEquals(3, scan.toolCount());
    }

    @Test
    void eachServerCarriesTheDescriptionItsManifestGives() {
        SourceTree tree = SourceTree.of(Map.of(
                "packages/a/package.json", "{\"name\": \"a\", \"description\": \"Runs \\\"shell\\\" commands over SSH\","
                        + " \"dependencies\": {\"x\": {\"description\": \"not this\"}}}",
                "packages/a/a.py", "tool_register(\"run\", \"Runs it\")",
                "packages/b/pyproject.toml", "[project]\nname = \"b\"\ndescription = \"Stripe payments for agents\"\n",
                "packages/b/b.py", "tool_register(\"pay\", \"Pays\")",
                "packages/c/go.mod", "module example.com/c\n",
                "packages/c/c.py", "tool_register(\"noop\", \"Nothing\")"));
        List<String> descriptions = extractor.scan(tree, "repo", later()).servers().stream()
                .map(ScannedServer::description).toList();
        assertEquals(List.of("Runs \"shell\" commands over SSH", "Stripe payments for agents", ""), descriptions);
    }

    @Test
    void aGoServerIsNamedByItsModuleWithoutAMajorVersionSuffix() {
        SourceTree tree = SourceTree.of(Map.of(
                "forge/go.mod", "module codeberg.org/goern/forgejo-mcp/v2\n",
                "forge/a.py", "tool_register(\"list_repos\", \"Lists repositories\")",
                "kit/go.mod", "module example.com/kit\n",
                "kit/b.py", "tool_register(\"ping\", \"Pings\")"));
        assertEquals(List.of("forgejo-mcp", "kit"),
                extractor.scan(tree, "repo", later()).servers().stream().map(ScannedServer::name).toList());
    }

    @Test
    void aFailingFileIsReportedAndTheOthersAreStillScanned() {
        SourceTree tree = SourceTree.of(Map.of(
                "boom.py", "tool_register(\"x\", \"y\")",
                "broken.py", "def (((( tool_register(",
                "ok.py", "tool_register(\"fine\", \"Still found\")"));
        TreeScan scan = extractor.scan(tree, "repo", later());
        assertEquals(List.of("fine"), scan.servers().get(0).tools().stream().map(ExtractedTool::name).toList());
        assertTrue(scan.problems().stream().anyMatch(p -> p.path().equals("boom.py") && p.message().contains("cannot handle")));
    }

    @Test
    void readmeIsTheFallbackWhenCodeYieldsNoTool() {
        SourceTree tree = SourceTree.of(Map.of(
                "main.py", "print('no tools registered here')",
                "README.md", "## Tools\n\n- `search_docs`: Searches the docs\n"));
        TreeScan scan = extractor.scan(tree, "docs-server", later());
        ScannedServer server = scan.servers().get(0);
        assertTrue(server.fromReadme());
        assertEquals("docs-server", server.name());
        assertEquals("search_docs", server.tools().get(0).name());
    }

    @Test
    void aSpentTimeBudgetStopsTheScanAndSaysSo() {
        SourceTree tree = SourceTree.of(Map.of("a.py", "tool_register(\"a\", \"b\")", "README.md", "## Tools\n- `x`: y"));
        TreeScan scan = extractor.scan(tree, "repo", System.nanoTime() - 1);
        assertTrue(scan.timedOut());
        assertEquals(0, scan.servers().size(), "no README guess when the code was not read");
    }

    @Test
    void testPathsAreRecognised() {
        assertTrue(SourcePaths.isTest("src/__tests__/a.ts"));
        assertTrue(SourcePaths.isTest("src/a.test.ts"));
        assertTrue(SourcePaths.isTest("pkg/server_test.go"));
        assertTrue(SourcePaths.isTest("tests/test_x.py"));
        assertTrue(SourcePaths.isTest("src/test/java/ToolsTest.java"));
        assertTrue(SourcePaths.isTest("authorization-integration-tests/src/main/java/Tools.java"));
        assertTrue(SourcePaths.isTest("src/jvmTest/kotlin/Server.kt"));
        assertTrue(SourcePaths.isTest("packages/remote/src/testHelpers/mockRemote.ts"));
        assertTrue(!SourcePaths.isTest("src/jvmMain/kotlin/Server.kt") && !SourcePaths.isTest("contest/a.py"));
        assertTrue(!SourcePaths.isTest("src/tools/testing_utils_not.ts") && !SourcePaths.isTest("src/latest.ts"));
    }
}

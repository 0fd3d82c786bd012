package io.mcpcatalog.extract.golang;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpcatalog.extract.ExpectedTools;
import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.FixtureTrees;
import io.mcpcatalog.extract.LanguageExtractor;
import io.mcpcatalog.extract.SourceTree;
import io.mcpcatalog.extract.ToolDefinition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every Go fixture folder (extract/fixtures/go/*) through all Go extractors and compares with its expected.json. */
class GoExtractorsTest {

    private static final String ROOT = "extract/fixtures/go";

    @TestFactory
    Stream<DynamicTest> everyFixtureMatchesItsExpectedTools() throws IOException {
        List<Path> folders;
        try (Stream<Path> children = Files.list(FixtureTrees.folder(ROOT))) {
            folders = children.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(folders.isEmpty(), "no Go fixtures");
        return folders.stream().map(folder -> {
            String name = folder.getFileName().toString();
            return DynamicTest.dynamicTest(name, () -> {
                SourceTree tree = FixtureTrees.load(ROOT + "/" + name);
                ExpectedTools.assertMatches(ROOT + "/" + name + "/expected.json", extractAll(tree));
            });
        });
    }

    @Test
    void everyToolHasAnObjectInputSchemaAndItsProvenance() {
        for (String name : List.of("go-mcp-go-newtool", "go-tool-struct", "go-tool-helper-call")) {
            for (ExtractedTool tool : extractAll(FixtureTrees.load(ROOT + "/" + name))) {
                ToolDefinition d = tool.definition();
                assertTrue(d.inputSchema().equals("{}") || d.inputSchema().startsWith("{\"type\""), d.inputSchema());
                assertTrue(d.source().line() > 0 && d.source().pattern().startsWith("go-"), d.name());
            }
        }
    }

    @Test
    void oddCodeNeverThrows() {
        SourceTree tree = SourceTree.of(Map.of(
                "go.mod", "module example.com/odd\n",
                "a.go", "package odd\nimport \"github.com/mark3labs/mcp-go/mcp\"\nconst A = B\nconst B = A\n"
                        + "func f(n string) mcp.Tool { return f(n) }\n"
                        + "var t = mcp.NewTool(A, mcp.WithDescription(A+B), mcp.WithString())\n"
                        + "var u = mcp.NewTool(\n",
                "b.go", "package odd\nfunc g() { h(g) }\nfunc h(x any) { var y = &mcp.Tool{Name: \"\"}; _ = y }\n"));
        assertTrue(extractAll(tree).isEmpty());
    }

    static List<ExtractedTool> extractAll(SourceTree tree) {
        List<ExtractedTool> found = new ArrayList<>();
        for (LanguageExtractor extractor : GoExtractors.all()) {
            found.addAll(ExpectedTools.extractAll(tree, extractor));
        }
        return found;
    }
}

package io.mcpcatalog.extract.typescript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.mcpcatalog.extract.ExpectedTools;
import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.SourceTree;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Odd code must never make the extractor throw or hang: cycles, broken syntax, self-references. */
class TypeScriptRobustnessTest {

    private static List<ExtractedTool> run(Map<String, String> files) {
        return assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> ExpectedTools.extractAll(SourceTree.of(files), new TypeScriptExtractor()));
    }

    @Test
    void cyclesAndSelfReferencesEndQuietly() {
        List<ExtractedTool> found = run(Map.of(
                "a.ts", """
                        import { B, LIST } from "./b.js";
                        export const A = B;
                        export const SELF = { ...SELF, name: SELF.name };
                        const loop: any[] = [...loop];
                        function f(): string { return f(); }
                        server.tool(A, "cyclic name", {}, async () => ({}));
                        server.tool(f(), "recursive name", {}, async () => ({}));
                        server.tool("ok", "Found despite the rest." + f(), { ...loop }, async () => ({}));
                        for (const t of LIST) server.tool(t.name, t.description, async () => ({}));
                        """,
                "b.ts", """
                        export { A as B } from "./a.js";
                        export * from "./b.js";
                        export const LIST = [...LIST, { name: 7 }];
                        """));
        assertEquals(List.of("ok"), found.stream().map(ExtractedTool::name).toList());
        assertEquals(true, found.get(0).partialDescription());
    }

    @Test
    void brokenSyntaxStillGivesWhatCanBeRead() {
        List<ExtractedTool> found = run(Map.of(
                "broken.js", """
                        const server = new McpServer({ name: "x" ;
                        server.tool("first", "First tool.", async () => ({ content: [] }));
                        server.tool(  ((( "second", , {, async
                        class { name = ; }
                        registerTool(`t${`, {});
                        """,
                "empty.ts", "",
                "binary.mjs", "\u0000\u0001\u0002 server.tool(\"\\u0000\")"));
        assertEquals(List.of("first"), found.stream().map(ExtractedTool::name).toList());
    }

    @Test
    void deepNestingIsBounded() {
        StringBuilder deep = new StringBuilder("const d0 = \"leaf\";\n");
        for (int i = 1; i < 300; i++) {
            deep.append("const d").append(i).append(" = d").append(i - 1).append(";\n");
        }
        deep.append("server.tool(d299, \"Deep constant chain.\", async () => ({}));\n");
        List<ExtractedTool> found = run(Map.of("deep.ts", deep.toString()));
        assertEquals(0, found.stream().filter(t -> !t.name().equals("leaf")).count());
    }
}

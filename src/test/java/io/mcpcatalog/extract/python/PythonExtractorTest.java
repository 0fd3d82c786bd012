package io.mcpcatalog.extract.python;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mcpcatalog.extract.ExpectedTools;
import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.FixtureTrees;
import io.mcpcatalog.extract.SourceTree;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PythonExtractorTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<ExtractedTool> extract(Map<String, String> files) {
        return ExpectedTools.extractAll(SourceTree.of(files), new PythonExtractor());
    }

    private static ExtractedTool only(List<ExtractedTool> tools) {
        assertEquals(1, tools.size(), tools.toString());
        return tools.get(0);
    }

    @Test
    void modelParameterKeepsItsFieldsNestedInTheInputSchema() throws Exception {
        SourceTree tree = FixtureTrees.load("extract/fixtures/python/py-fastmcp-decorator");
        ExtractedTool stations = ExpectedTools.extractAll(tree, new PythonExtractor()).stream()
                .filter(t -> t.name().equals("find_stations")).findFirst().orElseThrow();
        JsonNode query = JSON.readTree(stations.definition().inputSchema()).path("properties").path("query");
        assertEquals("object", query.path("type").asText());
        assertEquals(List.of("latitude", "longitude", "label", "radius_km"), fieldNames(query.path("properties")));
        assertEquals("[\"latitude\",\"longitude\"]", query.path("required").toString());
        assertEquals("Search radius", query.path("properties").path("radius_km").path("description").asText());
    }

    @Test
    void enumParameterListsItsValues() {
        SourceTree tree = FixtureTrees.load("extract/fixtures/python/py-fastmcp-decorator");
        ExtractedTool forecast = ExpectedTools.extractAll(tree, new PythonExtractor()).stream()
                .filter(t -> t.name().equals("get_forecast")).findFirst().orElseThrow();
        assertEquals(List.of("celsius", "fahrenheit", "kelvin"), forecast.definition().params().get(1).enumValues());
    }

    @Test
    void eachPatternExtractorWorksAlone() {
        SourceTree tree = FixtureTrees.load("extract/fixtures/python/py-fastmcp-tool-call");
        List<ExtractedTool> decorators = ExpectedTools.extractAll(tree, new FastMcpDecoratorExtractor());
        List<ExtractedTool> calls = ExpectedTools.extractAll(tree, new FastMcpToolCallExtractor());
        assertTrue(decorators.isEmpty());
        assertTrue(calls.stream().allMatch(t -> t.definition().source().pattern().equals(FastMcpToolCallExtractor.PATTERN)));
        assertTrue(calls.stream().anyMatch(t -> t.name().equals("get_note")), "alone, an alias is not merged");
    }

    @Test
    void helperFunctionsAndFormatBuildDescriptions() {
        ExtractedTool tool = only(extract(Map.of("srv/server.py", """
                from mcp.server.fastmcp import FastMCP
                mcp = FastMCP("x")
                KIND = "report"

                def describe(thing: str, suffix: str = ".") -> str:
                    \"\"\"Helper.\"\"\"
                    return f"Builds a {thing} for {KIND}s" + suffix

                @mcp.tool(description=describe("summary"))
                def summarize(text: str) -> str:
                    return text
                """)));
        assertEquals("Builds a summary for reports.", tool.definition().description());
        assertEquals(false, tool.partialDescription());
    }

    @Test
    void runtimeFormattingKeepsTheStaticText() {
        List<ExtractedTool> tools = extract(Map.of("srv/server.py", """
                from mcp.server.fastmcp import FastMCP
                mcp = FastMCP("x")
                LIMIT = 100

                @mcp.tool(description="Query {db} rows, {{at most}} {n}".format(db=current_db(), n=LIMIT))
                def query() -> None:
                    pass

                @mcp.tool(description="Read up to %d rows from %s" % (LIMIT, current_db()))
                def read() -> None:
                    pass
                """));
        ExtractedTool query = tools.stream().filter(t -> t.name().equals("query")).findFirst().orElseThrow();
        assertEquals("Query  rows, {at most} 100", query.definition().description());
        assertTrue(query.partialDescription());
        ExtractedTool read = tools.stream().filter(t -> t.name().equals("read")).findFirst().orElseThrow();
        assertEquals("Read up to  rows from ", read.definition().description());
        assertTrue(read.partialDescription());
    }

    @Test
    void unresolvableNameIsSkippedAndUnknownDescriptionIsPartial() {
        List<ExtractedTool> tools = extract(Map.of("srv/server.py", """
                import os
                from mcp.server.fastmcp import FastMCP
                mcp = FastMCP("x")

                @mcp.tool(name=os.environ["TOOL"])
                def dynamic() -> None:
                    pass

                @mcp.tool(description=load_text("help.md"))
                def helped() -> None:
                    pass
                """));
        ExtractedTool helped = only(tools);
        assertEquals("helped", helped.name());
        assertEquals("", helped.definition().description());
        assertTrue(helped.partialDescription());
    }

    @Test
    void weirdFilesNeverThrow() {
        Map<String, String> files = Map.of(
                "a.py", "from .b import X\nX = X\nY = Y + Y\n@mcp.tool(name=X, description=Y)\ndef f(a: 'Broken[') -> None: pass\n",
                "b.py", "from .a import X\nfrom .b import Z\nZ = Z\n",
                "c.py", "@mcp.tool(\ndef broken(:\n  \"\"\"unterminated\n",
                "d.py", "",
                "e.py", "from pydantic import BaseModel\nclass Node(BaseModel):\n    children: list['Node']\n    parent: 'Node | None' = None\n"
                        + "@mcp.tool\ndef walk(node: Node, n: Node) -> None: pass\n",
                "f.py", "@server.list_tools()\nasync def t():\n    return [Tool(name=N, inputSchema=S)]\nN = N\nS = {**S}\n",
                "g.py", "mcp.tool(" + "(".repeat(300) + "x" + ")".repeat(300) + ")(f)\n" + "S = " + "'a' + ".repeat(2000) + "'b'\n"
                        + "@mcp.tool(description=S)\ndef long() -> None: pass\n");
        List<ExtractedTool> tools = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> extract(files));
        assertTrue(tools.stream().anyMatch(t -> t.name().equals("walk")));
        ExtractedTool longOne = tools.stream().filter(t -> t.name().equals("long")).findFirst().orElseThrow();
        assertEquals("a".repeat(2000) + "b", longOne.definition().description());
    }

    @Test
    void cleandocFollowsInspect() {
        assertEquals("First line.\n\n  indented\nlast", PyStrings.cleandoc("  First line.\n\n      indented\n    last\n    "));
        assertEquals("Only one", PyStrings.cleandoc("\n\n    Only one\n"));
        assertEquals("a\n\tb", PyStrings.unescape("a\\n\\tb"));
        assertEquals("é\u00e9!", PyStrings.unescape("\\u00e9\\xe9\\41"));
        assertEquals("x\ny\n\n  z", PyStrings.dedent("    x\n    y\n  \n      z"));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

package io.mcpcatalog.extract.jvm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpcatalog.extract.ExtractedTool;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every Java fixture (extract/fixtures/java/*) against the Java and Kotlin extractors, and odd Java sources. */
class JavaExtractorsTest {

    @TestFactory
    Stream<DynamicTest> javaFixtures() {
        return JvmFixtures.tests("java");
    }

    @Test
    void brokenSourceYieldsWhatCanBeReadWithoutThrowing() {
        List<ExtractedTool> tools = JvmFixtures.extract(Map.of("src/Broken.java", """
                import io.quarkiverse.mcp.server.Tool;
                class Broken {
                    @Tool(description = "still readable")
                    String ok(String a) { return a; }
                    @Tool(description = "cut off
                    String cut(
                """));
        assertTrue(tools.stream().anyMatch(t -> t.name().equals("ok")), tools.toString());
    }

    @Test
    void cyclicAndUnresolvableNamesAreSkipped() {
        List<ExtractedTool> tools = JvmFixtures.extract(Map.of("src/Cycles.java", """
                import io.quarkiverse.mcp.server.Tool;
                class Cycles {
                    static final String A = B;
                    static final String B = A;
                    @Tool(name = A, description = "cyclic name")
                    String cyclic() { return ""; }
                    @Tool(name = Names.MISSING, description = "unknown name")
                    String missing() { return ""; }
                    @Tool(description = B)
                    String plain() { return ""; }
                }
                """));
        assertEquals(List.of("plain"), tools.stream().map(ExtractedTool::name).toList());
        assertTrue(tools.get(0).partialDescription(), "description of unknown value is partial");
    }

    @Test
    void deepConcatenationDoesNotExhaustTheStack() {
        String terms = String.join(" + ", java.util.Collections.nCopies(3000, "\"x\""));
        List<ExtractedTool> tools = JvmFixtures.extract(Map.of("src/Deep.java",
                "import io.quarkiverse.mcp.server.Tool;\nclass Deep {\n@Tool(description = " + terms + ")\n"
                        + "String deep() { return \"\"; }\n}\n"));
        assertEquals(List.of("deep"), tools.stream().map(ExtractedTool::name).toList());
    }
}

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

/** Every Kotlin fixture (extract/fixtures/kotlin/*) against the Java and Kotlin extractors, and odd Kotlin sources. */
class KotlinExtractorsTest {

    @TestFactory
    Stream<DynamicTest> kotlinFixtures() {
        return JvmFixtures.tests("kotlin");
    }

    @Test
    void brokenSourceYieldsWhatCanBeReadWithoutThrowing() {
        List<ExtractedTool> tools = JvmFixtures.extract(Map.of("src/Broken.kt", """
                import io.modelcontextprotocol.kotlin.sdk.server.Server
                fun Server.tools() {
                    addTool(name = "ok", description = "readable") { null }
                    addTool(name = "cut", description = "cut off
                """));
        assertTrue(tools.stream().anyMatch(t -> t.name().equals("ok")), tools.toString());
    }

    @Test
    void interpolationOfUnknownValuesIsPartialAndUnknownNamesAreSkipped() {
        List<ExtractedTool> tools = JvmFixtures.extract(Map.of("src/Dynamic.kt", """
                import io.modelcontextprotocol.kotlin.sdk.server.Server
                fun Server.tools(prefix: String, version: String) {
                    addTool(name = "${prefix}_search", description = "Search") { null }
                    addTool(name = "status", description = "Status of version $version") { null }
                }
                """));
        assertEquals(List.of("status"), tools.stream().map(ExtractedTool::name).toList());
        assertEquals("Status of version ", tools.get(0).definition().description());
        assertTrue(tools.get(0).partialDescription());
    }
}

package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.LanguageExtractor;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.PatternQuery;
import io.mcpcatalog.extract.SourceIndex;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Quarkus MCP server (quarkiverse) {@code @Tool} methods with {@code @ToolArg} parameters, in Java and Kotlin.
 * The same annotation shapes are used by the MCP Java annotations (org.mcpjava) and Micronaut MCP, which are
 * read the same way. The tool name is the method name unless given; injected parameters are not arguments.
 */
public final class QuarkusToolExtractor implements LanguageExtractor {

    static final AnnotationFamily FAMILY = new AnnotationFamily("Tool",
            List.of("io.quarkiverse.mcp.server", "org.mcpjava.server.tools", "io.micronaut.mcp.annotations"),
            List.of("ToolArg"), Map.of("", true), "annotations",
            Set.of("McpConnection", "McpLog", "RequestId", "RequestUri", "Progress", "Roots", "Sampling",
                    "Cancellation", "RawMessage", "CompleteContext", "Meta", "Elicitation", "McpRequest",
                    "McpSyncServerExchange", "McpAsyncServerExchange", "McpTransportContext"),
            Set.of(), false, false);

    @Override
    public Set<Language> languages() {
        return Set.of(Language.JAVA, Language.KOTLIN);
    }

    @Override
    public List<ExtractedTool> extract(ParsedFile file, SourceIndex index) {
        String pattern = file.language() == Language.KOTLIN ? "kotlin-quarkus-tool" : "java-quarkus-tool";
        return AnnotatedTools.extract(file, index, PatternQuery.of(file.language(), pattern), FAMILY);
    }
}

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
 * {@code @McpTool} methods with {@code @McpToolParam} parameters, in Java and Kotlin: Spring AI's MCP annotations
 * (org.springframework.ai.mcp.annotation, formerly org.springaicommunity / com.logaritex) and the other
 * libraries that use the same names (their required-by-default differs). Request contexts, exchanges and
 * progress tokens are injected, not arguments; hints come from {@code annotations = @McpTool.McpAnnotations(..)}.
 */
public final class McpToolAnnotationExtractor implements LanguageExtractor {

    static final AnnotationFamily FAMILY = new AnnotationFamily("McpTool", List.of(),
            List.of("McpToolParam", "McpParam"),
            Map.of("com.github.codeboyzhou", false, "org.apache.dubbo", false, "", true), "annotations",
            Set.of("McpSyncServerExchange", "McpAsyncServerExchange", "McpSyncRequestContext", "McpAsyncRequestContext",
                    "McpTransportContext", "CallToolRequest", "McpMeta", "ToolContext", "McpSyncServer",
                    "McpAsyncServer"),
            Set.of("McpProgressToken"), false, true);

    @Override
    public Set<Language> languages() {
        return Set.of(Language.JAVA, Language.KOTLIN);
    }

    @Override
    public List<ExtractedTool> extract(ParsedFile file, SourceIndex index) {
        String pattern = file.language() == Language.KOTLIN ? "kotlin-mcptool-annotation" : "java-mcptool-annotation";
        return AnnotatedTools.extract(file, index, PatternQuery.of(file.language(), pattern), FAMILY);
    }
}

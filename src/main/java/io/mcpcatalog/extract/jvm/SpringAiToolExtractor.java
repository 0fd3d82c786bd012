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
 * Spring AI {@code @Tool} methods (org.springframework.ai.tool.annotation) with {@code @ToolParam} parameters,
 * in Java and Kotlin. They are general-purpose tools, counted only in MCP server modules, which expose them.
 * As in Spring AI, the name and the description default to the method name.
 */
public final class SpringAiToolExtractor implements LanguageExtractor {

    static final AnnotationFamily FAMILY = new AnnotationFamily("Tool",
            List.of("org.springframework.ai.tool.annotation"), List.of("ToolParam"), Map.of("", true), "",
            Set.of("ToolContext"), Set.of(), true, true);

    @Override
    public Set<Language> languages() {
        return Set.of(Language.JAVA, Language.KOTLIN);
    }

    @Override
    public List<ExtractedTool> extract(ParsedFile file, SourceIndex index) {
        String pattern = file.language() == Language.KOTLIN ? "kotlin-spring-ai-tool" : "java-spring-ai-tool";
        PatternQuery query = PatternQuery.of(file.language(), pattern);
        List<ExtractedTool> tools = AnnotatedTools.extract(file, index, query, FAMILY);
        return tools.isEmpty() || ServerModules.isMcpServer(file, index) ? tools : List.of();
    }
}

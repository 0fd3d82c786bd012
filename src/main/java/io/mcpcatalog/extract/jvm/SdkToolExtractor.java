package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.LanguageExtractor;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.PatternQuery;
import io.mcpcatalog.extract.QueryMatch;
import io.mcpcatalog.extract.SourceIndex;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Tool objects of the MCP SDKs, wherever they are built (a tool specification, a registration, a list, a helper):
 * the Java SDK's {@code McpSchema.Tool} by constructor or builder (in Java or Kotlin) and the Kotlin SDK's
 * {@code Tool(...)}. The schema is a JSON text, a map, a JsonSchema or a ToolSchema. A tool built by a helper
 * from its parameters is one tool per call of the helper in the file.
 */
public final class SdkToolExtractor implements LanguageExtractor {

    private static final List<String> JAVA_SDK = List.of("io.modelcontextprotocol.spec.McpSchema",
            "org.springframework.ai.mcp.spec.McpSchema");
    private static final List<String> SCHEMA_PACKAGES = List.of("io.modelcontextprotocol.spec",
            "org.springframework.ai.mcp.spec");
    private static final List<String> KOTLIN_SDK = List.of("io.modelcontextprotocol.kotlin.sdk",
            "io.modelcontextprotocol.kotlin.sdk.types");

    @Override
    public Set<Language> languages() {
        return Set.of(Language.JAVA, Language.KOTLIN);
    }

    @Override
    public List<ExtractedTool> extract(ParsedFile file, SourceIndex index) {
        String text = file.source().text();
        if (!text.contains("Tool") || !text.contains("McpSchema") && !text.contains("io.modelcontextprotocol.kotlin")) {
            return List.of();
        }
        boolean kotlin = file.language() == Language.KOTLIN;
        PatternQuery query = PatternQuery.of(file.language(), kotlin ? "kotlin-sdk-tool" : "java-mcp-sdk-tool");
        JvmImports imports = JvmImports.of(file);
        JvmEvaluator ev = JvmEvaluator.of(file, index);
        List<ExtractedTool> tools = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (QueryMatch match : query.matches(file)) {
            try {
                TSNode start = match.first("tool").orElse(null);
                String type = match.first("type").map(n -> file.text(n).replaceAll("\\s+", "")).orElse("");
                if (start == null || !isSdkTool(imports, type.replaceFirst("\\.builder$", ""))) {
                    continue;
                }
                boolean builder = type.endsWith(".builder") || match.first("factory").isPresent();
                TSNode node = builder ? Chains.outermost(file, start) : start;
                if (!seen.add(node.getStartByte())) {
                    continue;
                }
                tools.addAll(Expansions.read(ev, node, (evaluator, at) -> tool(evaluator, node, at, query.id())));
            } catch (RuntimeException | StackOverflowError e) {
                // one registration that cannot be read must not cost the others of the file
            }
        }
        return tools;
    }

    /** The tool {@code node} builds, located at {@code at} (the call site or class it stands for). */
    private static Optional<ExtractedTool> tool(JvmEvaluator ev, TSNode node, Expansions.At at, String pattern) {
        return SdkTools.read(ev.eval(node)).flatMap(parts -> ToolFactory.tool(parts.name(), parts.description(),
                ToolSchemas.of(parts.schema()), Hints.of(parts.hints()), at.file(), at.node(), pattern));
    }

    /** Whether {@code type} as written ("Tool", "McpSchema.Tool", qualified) is an SDK's tool class in this file. */
    private static boolean isSdkTool(JvmImports imports, String type) {
        if (type.equals("Tool")) {
            return imports.refersTo("Tool", JAVA_SDK) || imports.refersTo("Tool", KOTLIN_SDK);
        }
        if (type.equals("McpSchema.Tool")) {
            return imports.refersTo("McpSchema", SCHEMA_PACKAGES);
        }
        return type.endsWith(".McpSchema.Tool") || type.startsWith("io.modelcontextprotocol.kotlin.sdk.");
    }
}

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
 * Spring AI function tools, {@code FunctionToolCallback.builder("name", fn).description("..").inputType(In.class)
 * .build()}, in Java and Kotlin; in MCP server modules they are exposed as MCP tools. Arguments come from the
 * input type's components (or an explicit inputSchema); without a description Spring derives one from the name.
 */
public final class SpringFunctionCallbackExtractor implements LanguageExtractor {

    @Override
    public Set<Language> languages() {
        return Set.of(Language.JAVA, Language.KOTLIN);
    }

    @Override
    public List<ExtractedTool> extract(ParsedFile file, SourceIndex index) {
        if (!file.source().text().contains("FunctionToolCallback") || !ServerModules.isMcpServer(file, index)) {
            return List.of();
        }
        boolean kotlin = file.language() == Language.KOTLIN;
        PatternQuery query = PatternQuery.of(file.language(),
                kotlin ? "kotlin-spring-function-callback" : "java-spring-function-callback");
        JvmEvaluator ev = JvmEvaluator.of(file, index);
        List<ExtractedTool> tools = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (QueryMatch match : query.matches(file)) {
            try {
                TSNode start = match.first("call").orElse(null);
                if (start == null) {
                    continue;
                }
                TSNode chain = Chains.outermost(file, start);
                if (!seen.add(chain.getStartByte()) || !(ev.eval(chain) instanceof JvmValue.Call call)) {
                    continue;
                }
                JvmValue name = call.arg(0).orElse(JvmValue.UNKNOWN);
                JvmValue description = call.named("description")
                        .orElse(JvmValue.fullText(name).map(n -> (JvmValue) JvmValue.text(fromName(n)))
                                .orElse(JvmValue.UNKNOWN));
                ToolFactory.tool(name, description, schema(ev, call), null, file, chain, query.id())
                        .ifPresent(tools::add);
            } catch (RuntimeException | StackOverflowError e) {
                // one registration that cannot be read must not cost the others of the file
            }
        }
        return tools;
    }

    private static ToolSchemas.Schema schema(JvmEvaluator ev, JvmValue.Call call) {
        Optional<JvmValue> explicit = call.named("inputSchema").filter(s -> JvmJson.schema(s).isPresent());
        if (explicit.isPresent()) {
            return ToolSchemas.of(explicit.get());
        }
        if (call.named("inputType").orElse(null) instanceof JvmValue.ClassRef type) {
            return ToolSchemas.fromParams(ParamSchemas.toolParams(ev, ParamSchemas.properties(ev, type.name()),
                    SpringAiToolExtractor.FAMILY, true));
        }
        return ToolSchemas.Schema.UNKNOWN;
    }

    /** Spring AI's description for a tool without one: the name's camel case words ("toUpperCase": "to upper case"). */
    static String fromName(String name) {
        String[] words = name.split("(?<=[a-z0-9])(?=[A-Z])|[_\\-\\s]+");
        return String.join(" ", words).toLowerCase(java.util.Locale.ROOT).strip();
    }
}

package io.mcpcatalog.extract.jvm;

import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.LanguageExtractor;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.PatternQuery;
import io.mcpcatalog.extract.QueryMatch;
import io.mcpcatalog.extract.SourceIndex;
import io.mcpcatalog.extract.ToolAnnotations;
import io.mcpcatalog.extract.ToolParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * Tools registered programmatically with the Quarkus MCP server's ToolManager, in Java and Kotlin:
 * {@code toolManager.newTool("name").setDescription("..").addArgument("a", "desc", true, String.class)
 * .setAnnotations(new ToolAnnotations(..)).setHandler(..).register()}.
 */
public final class QuarkusToolManagerExtractor implements LanguageExtractor {

    @Override
    public Set<Language> languages() {
        return Set.of(Language.JAVA, Language.KOTLIN);
    }

    @Override
    public List<ExtractedTool> extract(ParsedFile file, SourceIndex index) {
        String text = file.source().text();
        if (!text.contains("newTool") || !text.contains("io.quarkiverse.mcp")) {
            return List.of();
        }
        boolean kotlin = file.language() == Language.KOTLIN;
        PatternQuery query = PatternQuery.of(file.language(),
                kotlin ? "kotlin-quarkus-tool-manager" : "java-quarkus-tool-manager");
        JvmEvaluator ev = JvmEvaluator.of(file, index);
        List<ExtractedTool> tools = new ArrayList<>();
        for (QueryMatch match : query.matches(file)) {
            try {
                TSNode call = match.first("call").orElse(null);
                List<TSNode> args = call == null ? List.of()
                        : kotlin ? KotlinArgs.of(call).arguments() : JavaCalls.argumentNodes(call);
                if (args.size() != 1) {
                    continue;
                }
                TSNode name = args.get(0);
                tools.addAll(Expansions.read(ev, call, (evaluator, at) -> tool(evaluator, call, name, at, query.id())));
            } catch (RuntimeException | StackOverflowError e) {
                // one registration that cannot be read must not cost the others of the file
            }
        }
        return tools;
    }

    private static Optional<ExtractedTool> tool(JvmEvaluator ev, TSNode call, TSNode name, Expansions.At at,
                                                String pattern) {
        ParsedFile file = ev.file();
        JvmValue description = JvmValue.text("");
        JvmValue schema = null;
        ToolAnnotations hints = null;
        List<ToolParam> params = new ArrayList<>();
        for (Chains.Link link : Chains.above(file, call)) {
            List<JvmValue> values = link.arguments().stream().map(a -> ev.eval(KotlinArgs.expression(a))).toList();
            switch (link.name()) {
                case "setDescription" -> description = values.isEmpty() ? JvmValue.UNKNOWN : values.get(0);
                case "setAnnotations" -> hints = values.isEmpty() ? null : Hints.of(values.get(0));
                case "setInputSchema" -> schema = values.isEmpty() ? null : values.get(0);
                case "addArgument" -> argument(values).ifPresent(params::add);
                default -> {
                }
            }
        }
        ToolSchemas.Schema input = schema != null && JvmJson.schema(schema).isPresent() ? ToolSchemas.of(schema)
                : ToolSchemas.fromParams(params);
        return ToolFactory.tool(ev.eval(KotlinArgs.expression(name)), description, input, hints, at.file(), at.node(),
                pattern);
    }

    /** addArgument(name, description, required, type[, defaultValue]). */
    private static Optional<ToolParam> argument(List<JvmValue> values) {
        if (values.isEmpty() || JvmValue.fullText(values.get(0)).isEmpty()) {
            return Optional.empty();
        }
        String description = values.size() > 1 ? JvmValue.asText(values.get(1)).map(JvmValue.Text::text)
                .filter(d -> !d.isEmpty()).orElse(null) : null;
        boolean required = values.size() <= 2 || JvmValue.asBoolean(values.get(2)).orElse(true);
        String type = values.size() > 3 && values.get(3) instanceof JvmValue.ClassRef ref
                ? JsonTypes.of(ref.name()) : "string";
        return Optional.of(new ToolParam(JvmValue.fullText(values.get(0)).get(), type,
                required && values.size() <= 4, description, List.of()));
    }
}

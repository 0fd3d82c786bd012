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
 * The official Kotlin SDK's {@code server.addTool(name = .., description = .., inputSchema = ToolSchema(..),
 * title = .., outputSchema = .., toolAnnotations = ..) { handler }} (arguments named or positional). A call given
 * a {@code Tool(...)} object is left to {@link SdkToolExtractor}, which reads tool objects.
 */
public final class KotlinAddToolExtractor implements LanguageExtractor {

    static final String PATTERN = "kotlin-sdk-add-tool";

    @Override
    public Set<Language> languages() {
        return Set.of(Language.KOTLIN);
    }

    @Override
    public List<ExtractedTool> extract(ParsedFile file, SourceIndex index) {
        if (!file.source().text().contains("addTool") || !JvmImports.of(file).importsFrom("io.modelcontextprotocol")) {
            return List.of();
        }
        PatternQuery query = PatternQuery.of(Language.KOTLIN, PATTERN);
        JvmEvaluator ev = JvmEvaluator.of(file, index);
        List<ExtractedTool> tools = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (QueryMatch match : query.matches(file)) {
            try {
                TSNode call = match.first("call").orElse(null);
                if (call == null || !seen.add(call.getStartByte())) {
                    continue;
                }
                KotlinArgs args = KotlinArgs.of(call);
                TSNode name = args.argument(file, "name", 0).orElse(null);
                boolean toolObject = name != null && SdkTools.read(ev.eval(name)).isPresent();
                if (name == null || args.argument(file, "tool", -1).isPresent() || toolObject) {
                    continue;
                }
                tools.addAll(Expansions.read(ev, call, (evaluator, at) -> tool(evaluator, args, at)));
            } catch (RuntimeException | StackOverflowError e) {
                // one registration that cannot be read must not cost the others of the file
            }
        }
        return tools;
    }

    private static Optional<ExtractedTool> tool(JvmEvaluator ev, KotlinArgs args, Expansions.At at) {
        ParsedFile file = ev.file();
        JvmValue name = ev.eval(args.argument(file, "name", 0).orElse(null));
        JvmValue description = args.argument(file, "description", 1).map(ev::eval).orElse(JvmValue.text(""));
        JvmValue schema = args.argument(file, "inputSchema", 2).map(ev::eval).orElse(JvmJson.EMPTY_OBJECT_SCHEMA);
        JvmValue hints = args.argument(file, "toolAnnotations", 5).map(ev::eval).orElse(null);
        return ToolFactory.tool(name, description, ToolSchemas.of(schema), Hints.of(hints), at.file(), at.node(),
                PATTERN);
    }
}

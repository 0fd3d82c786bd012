package io.mcpcatalog.extract.csharp;

import io.mcpcatalog.extract.StaticText;
import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.LanguageExtractor;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.PatternQuery;
import io.mcpcatalog.extract.QueryMatch;
import io.mcpcatalog.extract.SourceIndex;
import io.mcpcatalog.extract.SourceLocation;
import io.mcpcatalog.extract.ToolDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * {@code McpServerTool.Create(target, options)}: the target is a lambda, a method group ({@code Tools.Run}) or a
 * MethodInfo ({@code typeof(Tools).GetMethod(nameof(Tools.Run))}); options ({@code new McpServerToolCreateOptions
 * { Name = .. }}) override what the target's attributes say. A target that is itself marked
 * {@code [McpServerTool]} and gets no new name is left to the attribute extractor, so it is not counted twice.
 */
public final class McpServerToolCreateExtractor implements LanguageExtractor {

    static final String PATTERN = "cs-mcpservertool-create";

    @Override
    public Set<Language> languages() {
        return Set.of(Language.CSHARP);
    }

    @Override
    public List<ExtractedTool> extract(ParsedFile file, SourceIndex index) {
        List<ExtractedTool> tools = new ArrayList<>();
        if (!file.source().text().contains("McpServerTool")) {
            return tools;
        }
        for (QueryMatch match : PatternQuery.of(Language.CSHARP, PATTERN).matches(file)) {
            try {
                tool(file, index, match.first("call").orElseThrow(), match.first("args").orElseThrow()).ifPresent(tools::add);
            } catch (RuntimeException e) {
                // one odd call must not lose the file's other tools
            }
        }
        return tools;
    }

    private Optional<ExtractedTool> tool(ParsedFile file, SourceIndex index, TSNode call, TSNode argumentList) {
        List<TSNode> arguments = CsNodes.childrenOfType(argumentList, "argument");
        if (arguments.isEmpty()) {
            return Optional.empty();
        }
        Map<String, TSNode> options = new LinkedHashMap<>();
        for (TSNode argument : arguments.subList(1, arguments.size())) {
            TSNode value = last(argument);
            if (value != null && value.getType().equals("identifier")) {
                value = CsLocals.find(file, value, file.text(value)).flatMap(CsLocals.Local::value).orElse(value);
            }
            if (value != null && value.getType().contains("object_creation_expression")) {
                options.putAll(CsInitializers.assignments(file, value));
            }
        }
        TSNode target = last(arguments.get(0));
        Optional<CsSymbols.Item> callable = CsCallables.resolve(file, index, target);
        if (callable.isPresent()) {
            TSNode node = callable.get().node();
            List<TSNode> attributes = CsAttributes.of(node, "");
            boolean marked = CsAttributes.find(callable.get().file(), attributes, "McpServerTool").isPresent()
                    || CsAttributes.find(callable.get().file(), attributes, "McpTool").isPresent();
            if (marked && !options.containsKey("Name") && !node.getType().equals("lambda_expression")) {
                return Optional.empty();
            }
            Optional<ExtractedTool> tool = new CsToolMethod(index).tool(callable.get().file(), node, options, node, PATTERN);
            return tool.map(found -> relocate(found, file, call));
        }
        CsStrings strings = new CsStrings(index);
        Optional<StaticText> name = Optional.ofNullable(options.get("Name")).flatMap(node -> strings.expression(file, node));
        if (name.isEmpty() || name.get().partial()) {
            return Optional.empty();
        }
        StaticText description = Optional.ofNullable(options.get("Description"))
                .map(node -> strings.expression(file, node).orElse(StaticText.unknown())).orElse(StaticText.full(""));
        ToolDefinition definition = new ToolDefinition(name.get().text(), description.text(), List.of(), "{}", null,
                new SourceLocation(file.path(), file.line(call), PATTERN));
        return Optional.of(new ExtractedTool(definition, description.partial(), List.of()));
    }

    /** The tool is reported where Create is called, even when its method is declared elsewhere. */
    private static ExtractedTool relocate(ExtractedTool tool, ParsedFile file, TSNode call) {
        ToolDefinition d = tool.definition();
        return new ExtractedTool(new ToolDefinition(d.name(), d.description(), d.params(), d.inputSchema(), d.annotations(),
                new SourceLocation(file.path(), file.line(call), PATTERN)), tool.partialDescription(), tool.aliases());
    }

    private static TSNode last(TSNode argument) {
        List<TSNode> named = CsNodes.namedChildren(argument);
        return named.isEmpty() ? null : named.get(named.size() - 1);
    }
}

package io.mcpcatalog.extract.csharp;

import io.mcpcatalog.extract.StaticText;
import com.fasterxml.jackson.databind.JsonNode;
import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.LanguageExtractor;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.PatternQuery;
import io.mcpcatalog.extract.QueryMatch;
import io.mcpcatalog.extract.SchemaParams;
import io.mcpcatalog.extract.SourceIndex;
import io.mcpcatalog.extract.SourceLocation;
import io.mcpcatalog.extract.ToolAnnotations;
import io.mcpcatalog.extract.ToolDefinition;
import io.mcpcatalog.extract.ToolParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * A protocol {@code Tool} written out in a low-level {@code ListToolsHandler}: {@code new Tool { Name, Description,
 * InputSchema, Annotations, Title }}. Only in files that use the SDK (other libraries have classes called Tool);
 * a target-typed {@code new() { .. }} counts only when it sets both Name and InputSchema.
 */
public final class McpToolObjectExtractor implements LanguageExtractor {

    static final String PATTERN = "cs-tool-object";

    @Override
    public Set<Language> languages() {
        return Set.of(Language.CSHARP);
    }

    @Override
    public List<ExtractedTool> extract(ParsedFile file, SourceIndex index) {
        List<ExtractedTool> tools = new ArrayList<>();
        String text = file.source().text();
        if (!text.contains("ModelContextProtocol") || !text.contains("InputSchema")) {
            return tools;
        }
        for (QueryMatch match : PatternQuery.of(Language.CSHARP, PATTERN).matches(file)) {
            try {
                tool(file, index, match.first("tool").orElseThrow()).ifPresent(tools::add);
            } catch (RuntimeException e) {
                // one odd object must not lose the file's other tools
            }
        }
        return tools;
    }

    private Optional<ExtractedTool> tool(ParsedFile file, SourceIndex index, TSNode creation) {
        Map<String, TSNode> values = CsInitializers.assignments(file, creation);
        boolean implicit = creation.getType().equals("implicit_object_creation_expression");
        if (!values.containsKey("Name") || (implicit && !values.containsKey("InputSchema"))) {
            return Optional.empty();
        }
        CsStrings strings = new CsStrings(index);
        Optional<StaticText> name = strings.expression(file, values.get("Name"));
        if (name.isEmpty() || name.get().partial() || name.get().text().isBlank()) {
            return Optional.empty();
        }
        StaticText description = Optional.ofNullable(values.get("Description"))
                .map(node -> strings.expression(file, node).orElse(StaticText.unknown())).orElse(StaticText.full(""));
        List<ToolParam> params = List.of();
        String schema = "{}";
        Optional<JsonNode> json = Optional.ofNullable(values.get("InputSchema")).flatMap(node -> CsJsonValues.schema(file, node, strings));
        if (json.isPresent()) {
            params = SchemaParams.fromSchema(json.get());
            schema = CsSchemas.write(json.get());
        }
        ToolDefinition definition = new ToolDefinition(name.get().text(), description.text(), params, schema,
                annotations(file, values, strings), new SourceLocation(file.path(), file.line(creation), PATTERN));
        return Optional.of(new ExtractedTool(definition, description.partial(), List.of()));
    }

    private static ToolAnnotations annotations(ParsedFile file, Map<String, TSNode> values, CsStrings strings) {
        Map<String, TSNode> hints = values.containsKey("Annotations") && values.get("Annotations").getType().contains("object_creation")
                ? CsInitializers.assignments(file, values.get("Annotations")) : Map.of();
        String title = Optional.ofNullable(hints.get("Title")).or(() -> Optional.ofNullable(values.get("Title")))
                .flatMap(node -> strings.expression(file, node)).map(StaticText::text).orElse(null);
        ToolAnnotations annotations = new ToolAnnotations(title, flag(file, hints.get("ReadOnlyHint"), strings),
                flag(file, hints.get("DestructiveHint"), strings), flag(file, hints.get("IdempotentHint"), strings),
                flag(file, hints.get("OpenWorldHint"), strings));
        return annotations.isEmpty() ? null : annotations;
    }

    private static Boolean flag(ParsedFile file, TSNode node, CsStrings strings) {
        return Optional.ofNullable(node).flatMap(n -> strings.expression(file, n)).map(StaticText::text)
                .map(text -> text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null).orElse(null);
    }
}

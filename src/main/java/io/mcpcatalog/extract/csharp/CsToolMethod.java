package io.mcpcatalog.extract.csharp;

import io.mcpcatalog.extract.SyntaxNodes;
import io.mcpcatalog.extract.StaticText;
import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import io.mcpcatalog.extract.SourceLocation;
import io.mcpcatalog.extract.ToolAnnotations;
import io.mcpcatalog.extract.ToolDefinition;
import io.mcpcatalog.extract.ToolParam;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.treesitter.TSNode;

/**
 * A tool the C# SDK makes from a method or lambda: name, title and hints from {@code [McpServerTool(..)]}
 * (older SDKs: {@code [McpTool("name")]}), overridden by {@code McpServerToolCreateOptions} when given;
 * description from {@code [Description]} (plus {@code [return: Description]} as "Returns: .."), parameters
 * from the parameter list.
 */
final class CsToolMethod {

    private final SourceIndex index;
    private final CsStrings strings;

    CsToolMethod(SourceIndex index) {
        this.index = index;
        this.strings = new CsStrings(index);
    }

    /**
     * @param callable  a method_declaration, local_function_statement or lambda_expression
     * @param options   named values of McpServerToolCreateOptions (empty when registered by attribute)
     */
    Optional<ExtractedTool> tool(ParsedFile file, TSNode callable, Map<String, TSNode> options, TSNode at, String pattern) {
        List<TSNode> attributes = CsAttributes.of(callable, "");
        Optional<TSNode> toolAttribute = CsAttributes.find(file, attributes, "McpServerTool")
                .or(() -> CsAttributes.find(file, attributes, "McpTool"));
        CsAttributes.Arguments declared = toolAttribute.map(attribute -> CsAttributes.arguments(file, attribute))
                .orElse(new CsAttributes.Arguments(List.of(), Map.of()));
        TSNode nameNode = SyntaxNodes.field(callable, "name");
        boolean partialMethod = CsNodes.childrenOfType(callable, "modifier").stream().anyMatch(m -> file.text(m).equals("partial"));
        CsXmlDoc xml = partialMethod ? CsXmlDoc.parse(CsNodes.docComment(file, callable)) : CsXmlDoc.EMPTY;

        Optional<StaticText> name = value(file, options, declared, "Name");
        if (name.isEmpty() && !declared.positional().isEmpty()) {
            name = strings.expression(file, declared.positional().get(0));
        }
        if (name.isEmpty() && nameNode != null) {
            String returnType = CsTypes.baseName(file, SyntaxNodes.field(callable, "returns") != null
                    ? SyntaxNodes.field(callable, "returns") : SyntaxNodes.field(callable, "type"));
            name = Optional.of(StaticText.full(CsToolNames.derive(file.text(nameNode), returnType,
                    CsSdkVersion.keepsMethodNames(file.path(), index))));
        }
        if (name.isEmpty() || name.get().partial() || name.get().text().isBlank()) {
            return Optional.empty();
        }
        StaticText description = description(file, callable, attributes, options, declared, xml);
        List<ToolParam> params = new CsParams(index).of(file, SyntaxNodes.field(callable, "parameters"), xml.params());
        ToolDefinition definition = new ToolDefinition(name.get().text(), description.text(), params,
                CsSchemas.fromParams(params), annotations(file, options, declared), new SourceLocation(file.path(), file.line(at), pattern));
        return Optional.of(new ExtractedTool(definition, description.partial(), List.of()));
    }

    private StaticText description(ParsedFile file, TSNode callable, List<TSNode> attributes, Map<String, TSNode> options,
                               CsAttributes.Arguments declared, CsXmlDoc xml) {
        StaticText description = Optional.ofNullable(options.get("Description"))
                .map(node -> strings.expression(file, node).orElse(StaticText.unknown()))
                .or(() -> CsAttributes.firstArgument(file, attributes, "Description")
                        .map(node -> strings.expression(file, node).orElse(StaticText.unknown())))
                .orElse(StaticText.full(xml.description() == null ? "" : xml.description()));
        boolean structured = value(file, options, declared, "UseStructuredContent").map(StaticText::text).orElse("").equals("true");
        Optional<StaticText> returns = CsAttributes.firstArgument(file, CsAttributes.of(callable, "return"), "Description")
                .flatMap(node -> strings.expression(file, node))
                .or(() -> Optional.ofNullable(xml.returns()).map(StaticText::full));
        if (returns.isPresent() && !structured && !returns.get().text().isBlank()) {
            return description.text().isBlank() ? StaticText.full("Returns: ").append(returns.get())
                    : description.append(StaticText.full("\nReturns: ")).append(returns.get());
        }
        return description;
    }

    private ToolAnnotations annotations(ParsedFile file, Map<String, TSNode> options, CsAttributes.Arguments declared) {
        String title = value(file, options, declared, "Title").map(StaticText::text).orElse(null);
        ToolAnnotations annotations = new ToolAnnotations(title, flag(file, options, declared, "ReadOnly"),
                flag(file, options, declared, "Destructive"), flag(file, options, declared, "Idempotent"),
                flag(file, options, declared, "OpenWorld"));
        return annotations.isEmpty() ? null : annotations;
    }

    private Boolean flag(ParsedFile file, Map<String, TSNode> options, CsAttributes.Arguments declared, String key) {
        return value(file, options, declared, key).map(StaticText::text)
                .map(text -> text.equals("true") ? Boolean.TRUE : text.equals("false") ? Boolean.FALSE : null).orElse(null);
    }

    /** An option value, else the attribute's named argument. */
    private Optional<StaticText> value(ParsedFile file, Map<String, TSNode> options, CsAttributes.Arguments declared, String key) {
        TSNode node = options.containsKey(key) ? options.get(key) : declared.named().get(key);
        return node == null ? Optional.empty() : strings.expression(file, node);
    }
}

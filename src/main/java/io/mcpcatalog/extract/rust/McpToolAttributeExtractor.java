package io.mcpcatalog.extract.rust;

import io.mcpcatalog.extract.SyntaxNodes;
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
import io.mcpcatalog.extract.ToolParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * {@code #[mcp_tool(..)]} of other Rust MCP SDKs. On a struct (rust-mcp-sdk) the struct's fields are the
 * arguments and {@code name} is required; on a function the name defaults to the function's, and the
 * arguments are a {@code Parameters<T>} struct, a single argument struct, or the plain typed arguments.
 * Hints ({@code read_only_hint}, ..) may be written at the top level or in {@code annotations(..)}.
 */
public final class McpToolAttributeExtractor implements LanguageExtractor {

    static final String PATTERN = "rs-mcp-tool-attribute";

    @Override
    public Set<Language> languages() {
        return Set.of(Language.RUST);
    }

    @Override
    public List<ExtractedTool> extract(ParsedFile file, SourceIndex index) {
        List<ExtractedTool> tools = new ArrayList<>();
        if (!file.source().text().contains("mcp_tool")) {
            return tools;
        }
        for (QueryMatch match : PatternQuery.of(Language.RUST, PATTERN).matches(file)) {
            try {
                TSNode attributeItem = match.first("attribute").orElseThrow();
                TSNode attribute = RustNodes.firstChildOfType(attributeItem, "attribute");
                TSNode item = markedItem(attributeItem);
                if (attribute != null && item != null && !RustNodes.inTestCode(file, item)) {
                    tool(file, index, attribute, item).ifPresent(tools::add);
                }
            } catch (RuntimeException e) {
                // one odd attribute must not lose the file's other tools
            }
        }
        return tools;
    }

    private Optional<ExtractedTool> tool(ParsedFile file, SourceIndex index, TSNode attribute, TSNode item) {
        List<RustAttributes.Entry> entries = RustAttributes.entries(file, attribute);
        RustStrings strings = new RustStrings(index);
        boolean struct = item.getType().equals("struct_item");
        Optional<String> declaredName = RustAttributes.entry(entries, "name").flatMap(entry -> strings.tokens(file, entry.value()))
                .filter(text -> !text.partial()).map(StaticText::text);
        if (declaredName.isEmpty() && struct) {
            return Optional.empty();
        }
        String name = declaredName.orElse(RustParams.stripRaw(file.text(SyntaxNodes.field(item, "name"))));
        StaticText description = RustAttributes.entry(entries, "description")
                .map(entry -> strings.tokens(file, entry.value()).orElse(StaticText.unknown()))
                .orElseGet(() -> StaticText.full(RustAttributes.macroDoc(RustAttributes.docLines(file, item, strings))));
        RustAnnotations annotations = RustAnnotations.fromEntries(file, entries, strings);
        RustAttributes.entry(entries, "annotations").map(RustAttributes.Entry::nested)
                .ifPresent(group -> annotations.merge(RustAnnotations.fromEntries(file, RustAttributes.entriesOf(file, group), strings)));
        RustParams structs = new RustParams(index);
        List<ToolParam> params = struct ? structs.ofStruct(file, item, 0) : functionParams(file, index, item);
        ToolDefinition definition = new ToolDefinition(name, description.text(), params, RustSchemas.fromParams(params),
                annotations.build(), new SourceLocation(file.path(), file.line(attribute), PATTERN));
        return Optional.of(new ExtractedTool(definition, description.partial(), List.of()));
    }

    /** A function's arguments: Parameters<T>, else one argument struct, else the typed arguments that are not context. */
    private static List<ToolParam> functionParams(ParsedFile file, SourceIndex index, TSNode function) {
        RustParams structs = new RustParams(index);
        List<TSNode> inputs = new ArrayList<>();
        for (TSNode parameter : RustNodes.namedChildren(SyntaxNodes.field(function, "parameters"))) {
            TSNode type = SyntaxNodes.field(parameter, "type");
            if (!parameter.getType().equals("parameter") || type == null) {
                continue;
            }
            if (type.getType().equals("generic_type") && RustNodes.lastSegment(file, SyntaxNodes.field(type, "type")).equals("Parameters")) {
                List<TSNode> inner = RustTypes.typeArguments(type);
                return inner.isEmpty() ? List.of() : structs.ofType(file, inner.get(0)).orElse(List.of());
            }
            if (!type.getType().equals("reference_type") && !isContext(file, type)) {
                inputs.add(parameter);
            }
        }
        if (inputs.size() == 1) {
            Optional<List<ToolParam>> fields = structs.ofType(file, SyntaxNodes.field(inputs.get(0), "type"));
            if (fields.isPresent()) {
                return fields.get();
            }
        }
        List<ToolParam> params = new ArrayList<>();
        for (TSNode parameter : inputs) {
            RustTypes.JsonType type = RustTypes.of(file, SyntaxNodes.field(parameter, "type"), index);
            TSNode pattern = SyntaxNodes.field(parameter, "pattern");
            params.add(new ToolParam(RustParams.stripRaw(pattern == null ? "" : file.text(pattern)), type.type(), !type.optional(),
                    null, type.enumValues()));
        }
        return params;
    }

    private static boolean isContext(ParsedFile file, TSNode type) {
        String name = RustNodes.lastSegment(file, type.getType().equals("generic_type") ? SyntaxNodes.field(type, "type") : type);
        return name.endsWith("Context") || name.endsWith("Ctx") || name.endsWith("Client") || name.endsWith("State")
                || name.endsWith("Extra") || name.equals("Peer") || name.equals("RequestContext") || name.equals("Arc");
    }

    private static TSNode markedItem(TSNode attributeItem) {
        TSNode sibling = attributeItem.getNextSibling();
        while (SyntaxNodes.present(sibling) && (sibling.getType().equals("attribute_item") || RustNodes.isComment(sibling))) {
            sibling = sibling.getNextSibling();
        }
        if (!SyntaxNodes.present(sibling)) {
            return null;
        }
        String type = sibling.getType();
        return type.equals("struct_item") || type.equals("function_item") ? sibling : null;
    }
}

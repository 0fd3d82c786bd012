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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * rmcp's attribute macro: {@code #[tool(name = .., description = .., annotations(..))]} on a method of an impl
 * marked {@code #[tool_router]} (or the older {@code #[tool(tool_box)]}). The name defaults to the method's,
 * the description to its doc comment; parameters come from {@link RmcpToolArguments}.
 */
public final class RmcpToolMacroExtractor implements LanguageExtractor {

    static final String PATTERN = "rs-rmcp-tool-macro";

    @Override
    public Set<Language> languages() {
        return Set.of(Language.RUST);
    }

    @Override
    public List<ExtractedTool> extract(ParsedFile file, SourceIndex index) {
        List<ExtractedTool> tools = new ArrayList<>();
        if (!file.source().text().contains("tool")) {
            return tools; // cheap pre-check: running a query costs about a millisecond per file
        }
        for (QueryMatch match : PatternQuery.of(Language.RUST, PATTERN).matches(file)) {
            try {
                match.first("attribute").flatMap(attribute -> tool(file, index, attribute)).ifPresent(tools::add);
            } catch (RuntimeException e) {
                // an unexpected shape of one attribute must not lose the file's other tools
            }
        }
        return tools;
    }

    private Optional<ExtractedTool> tool(ParsedFile file, SourceIndex index, TSNode attribute) {
        List<RustAttributes.Entry> entries = RustAttributes.entries(file, attribute);
        if (RustAttributes.entry(entries, "tool_box").isPresent()) {
            return Optional.empty();
        }
        TSNode method = markedItem(attribute.getParent());
        if (method == null || !isToolContainer(file, method) || RustNodes.inTestCode(file, method)) {
            return Optional.empty();
        }
        RustStrings strings = new RustStrings(index);
        String name = RustAttributes.entry(entries, "name").flatMap(entry -> strings.tokens(file, entry.value()))
                .map(StaticText::text)
                .orElse(RustParams.stripRaw(file.text(SyntaxNodes.field(method, "name"))));
        StaticText description = RustAttributes.entry(entries, "description")
                .map(entry -> strings.tokens(file, entry.value()).orElse(StaticText.unknown()))
                .orElseGet(() -> StaticText.full(RustAttributes.macroDoc(RustAttributes.docLines(file, method, strings))));
        RustAnnotations annotations = annotations(file, entries, strings);
        RmcpToolArguments.Arguments arguments = new RmcpToolArguments(index).of(file, method, entries);
        ToolDefinition definition = new ToolDefinition(name, description.text(), arguments.params(), arguments.schema(),
                annotations.build(), new SourceLocation(file.path(), file.line(attribute), PATTERN));
        return Optional.of(new ExtractedTool(definition, description.partial(), List.of()));
    }

    private static RustAnnotations annotations(ParsedFile file, List<RustAttributes.Entry> entries, RustStrings strings) {
        RustAnnotations annotations = new RustAnnotations();
        Optional<RustAttributes.Entry> declared = RustAttributes.entry(entries, "annotations");
        if (declared.isPresent()) {
            TSNode group = declared.get().nested();
            if (group == null && declared.get().value().size() == 1 && declared.get().value().get(0).getType().equals("token_tree")) {
                group = declared.get().value().get(0);
            }
            if (group != null) {
                annotations = RustAnnotations.fromEntries(file, RustAttributes.entriesOf(file, group), strings);
            }
        }
        RustAnnotations result = annotations;
        RustAttributes.entry(entries, "title").flatMap(entry -> strings.tokens(file, entry.value()))
                .ifPresent(title -> result.titleIfAbsent(title.text()));
        return result;
    }

    /** The function item an attribute item decorates: the next sibling that is not an attribute or comment. */
    private static TSNode markedItem(TSNode attributeItem) {
        TSNode sibling = attributeItem.getNextSibling();
        while (SyntaxNodes.present(sibling) && (sibling.getType().equals("attribute_item") || RustNodes.isComment(sibling))) {
            sibling = sibling.getNextSibling();
        }
        return SyntaxNodes.present(sibling) && sibling.getType().equals("function_item") ? sibling : null;
    }

    /** A method of an impl marked as a tool router / tool box, or of any impl in a file that uses rmcp. */
    private static boolean isToolContainer(ParsedFile file, TSNode method) {
        TSNode container = method.getParent() == null ? null : method.getParent().getParent();
        if (!SyntaxNodes.present(container) || !(container.getType().equals("impl_item") || container.getType().equals("trait_item"))) {
            return false;
        }
        for (TSNode attribute : RustNodes.leadingAttributes(container)) {
            String name = RustAttributes.name(file, attribute);
            if (name.equals("tool_router") || name.equals("tool_box")
                    || (name.equals("tool") && RustAttributes.entry(RustAttributes.entries(file, attribute), "tool_box").isPresent())) {
                return true;
            }
        }
        return usesRmcp(file);
    }

    private static boolean usesRmcp(ParsedFile file) {
        for (TSNode child : RustNodes.namedChildren(file.root())) {
            if (child.getType().equals("use_declaration") && file.text(child).matches("(?s)use\\s+(::)?rmcp\\b.*")) {
                return true;
            }
        }
        return file.source().text().contains("rmcp::");
    }
}

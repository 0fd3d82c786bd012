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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * A tool written as a struct literal, {@code Tool { name, description, input_schema, annotations, .. }}, as
 * low-level {@code list_tools} handlers do (rmcp and other Rust MCP crates share the field names).
 * A literal without {@code input_schema} is some other {@code Tool} type and is skipped.
 */
public final class RmcpToolStructExtractor implements LanguageExtractor {

    static final String PATTERN = "rs-rmcp-tool-struct";

    @Override
    public Set<Language> languages() {
        return Set.of(Language.RUST);
    }

    @Override
    public List<ExtractedTool> extract(ParsedFile file, SourceIndex index) {
        List<ExtractedTool> tools = new ArrayList<>();
        if (!file.source().text().contains("Tool")) {
            return tools; // cheap pre-check: running a query costs about a millisecond per file
        }
        RustToolValues values = new RustToolValues(index);
        ParsedFile view = RustMacroArguments.expanded(file);
        for (QueryMatch match : PatternQuery.of(Language.RUST, PATTERN).matches(view)) {
            try {
                TSNode tool = match.first("tool").orElseThrow();
                if (!RustNodes.inTestCode(view, tool)) {
                    tool(view, values, tool, match.first("fields").orElseThrow()).ifPresent(tools::add);
                }
            } catch (RuntimeException e) {
                // one odd literal must not lose the file's other tools
            }
        }
        return tools;
    }

    private Optional<ExtractedTool> tool(ParsedFile file, RustToolValues values, TSNode tool, TSNode fields) {
        Map<String, TSNode> byName = new HashMap<>();
        for (TSNode initializer : RustNodes.namedChildren(fields)) {
            if (initializer.getType().equals("field_initializer")) {
                TSNode name = SyntaxNodes.field(initializer, "field");
                TSNode value = SyntaxNodes.field(initializer, "value");
                if (name != null && value != null) {
                    byName.put(file.text(name), value);
                }
            } else if (initializer.getType().equals("shorthand_field_initializer")) {
                byName.put(file.text(initializer), initializer);
            }
        }
        TSNode schema = byName.containsKey("input_schema") ? byName.get("input_schema") : byName.get("inputSchema");
        if (!byName.containsKey("name") || schema == null) {
            return Optional.empty();
        }
        RustStrings strings = values.strings();
        Optional<StaticText> name = strings.expression(file, byName.get("name"));
        StaticText description = Optional.ofNullable(byName.get("description"))
                .map(value -> strings.expression(file, value).orElse(isNone(file, value) ? StaticText.full("") : StaticText.unknown()))
                .orElse(StaticText.full(""));
        RustAnnotations annotations = byName.containsKey("annotations")
                ? RustAnnotations.fromExpression(file, byName.get("annotations"), strings) : new RustAnnotations();
        if (byName.containsKey("title")) {
            strings.expression(file, byName.get("title")).ifPresent(title -> annotations.titleIfAbsent(title.text()));
        }
        return values.tool(file, tool, PATTERN, name, description, schema, annotations);
    }

    static boolean isNone(ParsedFile file, TSNode value) {
        return file.text(value).equals("None");
    }
}

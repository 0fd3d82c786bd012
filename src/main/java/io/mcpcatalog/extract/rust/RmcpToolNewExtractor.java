package io.mcpcatalog.extract.rust;

import io.mcpcatalog.extract.StaticText;
import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.LanguageExtractor;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.PatternQuery;
import io.mcpcatalog.extract.QueryMatch;
import io.mcpcatalog.extract.SourceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * A tool made with rmcp's constructors, {@code Tool::new(name, description, schema)} or
 * {@code Tool::new_with_raw(name, Some(description), schema)}, with any annotations chained after it.
 */
public final class RmcpToolNewExtractor implements LanguageExtractor {

    static final String PATTERN = "rs-rmcp-tool-new";

    @Override
    public Set<Language> languages() {
        return Set.of(Language.RUST);
    }

    @Override
    public List<ExtractedTool> extract(ParsedFile file, SourceIndex index) {
        List<ExtractedTool> tools = new ArrayList<>();
        if (!file.source().text().contains("Tool::new")) {
            return tools; // cheap pre-check: running a query costs about a millisecond per file
        }
        RustToolValues values = new RustToolValues(index);
        ParsedFile view = RustMacroArguments.expanded(file);
        for (QueryMatch match : PatternQuery.of(Language.RUST, PATTERN).matches(view)) {
            try {
                TSNode call = match.first("tool").orElseThrow();
                List<TSNode> args = RustNodes.namedChildren(match.first("args").orElseThrow()).stream()
                        .filter(arg -> !RustNodes.isComment(arg)).toList();
                if (args.size() == 3 && !RustNodes.inTestCode(view, call)) {
                    tool(view, values, call, args).ifPresent(tools::add);
                }
            } catch (RuntimeException e) {
                // one odd call must not lose the file's other tools
            }
        }
        return tools;
    }

    private Optional<ExtractedTool> tool(ParsedFile file, RustToolValues values, TSNode call, List<TSNode> args) {
        RustStrings strings = values.strings();
        Optional<StaticText> name = strings.expression(file, args.get(0));
        TSNode describe = args.get(1);
        StaticText description = strings.expression(file, describe)
                .orElse(RmcpToolStructExtractor.isNone(file, describe) ? StaticText.full("") : StaticText.unknown());
        return values.tool(file, call, PATTERN, name, description, args.get(2), new RustAnnotations());
    }
}

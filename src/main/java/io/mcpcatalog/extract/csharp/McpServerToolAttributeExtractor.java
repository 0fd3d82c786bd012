package io.mcpcatalog.extract.csharp;

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
import java.util.Map;
import java.util.Set;
import org.treesitter.TSNode;

/**
 * The C# SDK's attribute model: every method marked {@code [McpServerTool]} is a tool (the SDK registers them
 * from {@code [McpServerToolType]} classes via WithTools / WithToolsFromAssembly; the class attribute is not
 * required here). Name, description, hints and parameters as {@link CsToolMethod} reads them.
 */
public final class McpServerToolAttributeExtractor implements LanguageExtractor {

    static final String PATTERN = "cs-mcpservertool-attribute";

    @Override
    public Set<Language> languages() {
        return Set.of(Language.CSHARP);
    }

    @Override
    public List<ExtractedTool> extract(ParsedFile file, SourceIndex index) {
        List<ExtractedTool> tools = new ArrayList<>();
        if (!file.source().text().contains("McpServerTool") && !file.source().text().contains("McpTool")) {
            return tools; // cheap pre-check: running a query costs about a millisecond per file
        }
        CsToolMethod reader = new CsToolMethod(index);
        Set<Integer> seen = new HashSet<>();
        for (QueryMatch match : PatternQuery.of(Language.CSHARP, PATTERN).matches(file)) {
            try {
                TSNode method = match.first("method").orElseThrow();
                String type = method.getType();
                if ((type.equals("method_declaration") || type.equals("local_function_statement")) && seen.add(method.getStartByte())) {
                    reader.tool(file, method, Map.of(), method, PATTERN).ifPresent(tools::add);
                }
            } catch (RuntimeException e) {
                // one odd declaration must not lose the file's other tools
            }
        }
        return tools;
    }
}

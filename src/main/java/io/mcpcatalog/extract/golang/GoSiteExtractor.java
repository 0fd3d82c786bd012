package io.mcpcatalog.extract.golang;

import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.LanguageExtractor;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.SourceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/** What the Go extractors share: a fresh evaluator per file, and sites that fail to evaluate are skipped. */
abstract class GoSiteExtractor implements LanguageExtractor {

    @Override
    public Set<Language> languages() {
        return Set.of(Language.GO);
    }

    @Override
    public final List<ExtractedTool> extract(ParsedFile file, SourceIndex index) {
        List<ExtractedTool> tools = new ArrayList<>();
        if (file.language() != Language.GO) {
            return tools;
        }
        GoToolSites sites = new GoToolSites(index);
        List<Site> found;
        try {
            found = sites(sites, file);
        } catch (RuntimeException | StackOverflowError e) {
            return tools;
        }
        for (Site site : found) {
            try {
                if (sites.session.inDeadFunction(file, site.node())) {
                    continue;
                }
                for (ToolDraft draft : site.read().apply(sites)) {
                    if (draft.name.isName()) {
                        tools.add(draft.at(file.path(), file.line(site.node()), pattern()).toTool());
                    }
                }
            } catch (RuntimeException | StackOverflowError e) {
                // an expression this evaluator cannot follow: the site is skipped, the others are still read
            }
        }
        return tools;
    }

    /** One place in the file that may define tools, and how to read them. */
    record Site(org.treesitter.TSNode node, Function<GoToolSites, List<ToolDraft>> read) {
    }

    abstract String pattern();

    abstract List<Site> sites(GoToolSites sites, ParsedFile file);
}

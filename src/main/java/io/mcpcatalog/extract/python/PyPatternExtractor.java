package io.mcpcatalog.extract.python;

import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.Language;
import io.mcpcatalog.extract.LanguageExtractor;
import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.PatternQuery;
import io.mcpcatalog.extract.QueryMatch;
import io.mcpcatalog.extract.SourceIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One Python SDK pattern: its query (extract/queries/python/&lt;id&gt;.scm) finds the registration sites, the
 * subclass turns each match into tools. A match that cannot be read is skipped, never thrown out of extract.
 */
public abstract class PyPatternExtractor implements LanguageExtractor {

    private final PatternQuery query;

    protected PyPatternExtractor(String patternId) {
        this.query = PatternQuery.of(Language.PYTHON, patternId);
    }

    public String patternId() {
        return query.id();
    }

    @Override
    public Set<Language> languages() {
        return Set.of(Language.PYTHON);
    }

    @Override
    public List<ExtractedTool> extract(ParsedFile file, SourceIndex index) {
        return find(file, PyTools.of(index)).stream().map(PyTools.Found::tool).toList();
    }

    List<PyTools.Found> find(ParsedFile file, PyTools tools) {
        List<PyTools.Found> found = new ArrayList<>();
        for (QueryMatch match : query.matches(file)) {
            try {
                found.addAll(onMatch(file, match, tools));
            } catch (RuntimeException | StackOverflowError e) {
                // an unreadable registration is skipped; the other matches of the file still count
            }
        }
        return found;
    }

    abstract List<PyTools.Found> onMatch(ParsedFile file, QueryMatch match, PyTools tools);
}

package io.mcpcatalog.extract.typescript;

import io.mcpcatalog.extract.ParsedFile;
import io.mcpcatalog.extract.QueryMatch;
import java.util.List;

/** Tools defined as classes with name, description and schema fields (see {@link ToolClasses}). */
public final class ToolClassExtractor extends TsPattern {

    public ToolClassExtractor() {
        super("tool-class");
    }

    @Override
    List<Candidate> read(ParsedFile file, QueryMatch match, Resolver resolver) {
        return ToolClasses.read(resolver, Ref.of(file, match.first("class").orElseThrow()), id(file)).stream().toList();
    }
}

package io.mcpcatalog.extract;

import java.util.List;
import java.util.Set;

/**
 * Finds the tools one file registers, for the SDK patterns of some languages. Implementations are plain and
 * stateless: they read the parsed file (and other files through the index) and return plain values.
 * A failure in one file is the scanner's to report; it never stops the scan of the others.
 */
public interface LanguageExtractor {

    Set<Language> languages();

    List<ExtractedTool> extract(ParsedFile file, SourceIndex index);
}

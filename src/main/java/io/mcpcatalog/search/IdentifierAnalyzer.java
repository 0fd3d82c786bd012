package io.mcpcatalog.search;

import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.CATENATE_ALL;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.GENERATE_WORD_PARTS;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.PRESERVE_ORIGINAL;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE;
import static org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter.SPLIT_ON_NUMERICS;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;

/**
 * Analyses identifiers (tool, parameter and server names): {@code stopBackground}, {@code stop_background} and
 * {@code stop-background} all give the words stop and background plus the joined form stopbackground, so a user
 * finds a tool however they spell its name.
 */
final class IdentifierAnalyzer extends Analyzer {

    private static final int SPLIT = GENERATE_WORD_PARTS | GENERATE_NUMBER_PARTS | SPLIT_ON_CASE_CHANGE
            | SPLIT_ON_NUMERICS | CATENATE_ALL | PRESERVE_ORIGINAL;
    /** Keeps a phrase from matching across two parameter names of the same tool. */
    private static final int GAP_BETWEEN_VALUES = 100;

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        // Whitespace only: underscores, dots and dashes are left for the word delimiter to split.
        Tokenizer source = new WhitespaceTokenizer();
        TokenStream stream = new WordDelimiterGraphFilter(source, SPLIT, null);
        // The index cannot hold a token graph; flattening keeps every form at its position.
        stream = new FlattenGraphFilter(stream);
        // Lowercase only after splitting, which needs the case changes.
        stream = new LowerCaseFilter(stream);
        // Plurals only (tasks -> task): names are terse, a stronger stemmer would conflate distinct verbs.
        stream = new EnglishMinimalStemFilter(stream);
        // The original and the joined form coincide once lowercased; count that word once.
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** Prefix queries (back*) are not analysed, only normalised: lowercase them like indexed terms. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return GAP_BETWEEN_VALUES;
    }
}

package io.mcpcatalog.search;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.StopwordAnalyzerBase;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analyses English prose (tool descriptions): lowercase, common stop words dropped, and KStem, a light stemmer, so
 * that "executes" finds "execute" without Porter's over-eager conflations.
 */
final class DescriptionAnalyzer extends StopwordAnalyzerBase {

    DescriptionAnalyzer() {
        super(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, stopwords);
        // KStem expects lowercase input.
        stream = new KStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /** Prefix queries (exec*) are not analysed, only normalised: lowercase them like indexed terms. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}

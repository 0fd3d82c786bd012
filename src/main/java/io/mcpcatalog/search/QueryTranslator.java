package io.mcpcatalog.search;

import static org.apache.lucene.queryparser.simple.SimpleQueryParser.AND_OPERATOR;
import static org.apache.lucene.queryparser.simple.SimpleQueryParser.ESCAPE_OPERATOR;
import static org.apache.lucene.queryparser.simple.SimpleQueryParser.NOT_OPERATOR;
import static org.apache.lucene.queryparser.simple.SimpleQueryParser.OR_OPERATOR;
import static org.apache.lucene.queryparser.simple.SimpleQueryParser.PHRASE_OPERATOR;
import static org.apache.lucene.queryparser.simple.SimpleQueryParser.PRECEDENCE_OPERATORS;
import static org.apache.lucene.queryparser.simple.SimpleQueryParser.PREFIX_OPERATOR;
import static org.apache.lucene.queryparser.simple.SimpleQueryParser.WHITESPACE_OPERATOR;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a {@link ToolQuery} into a Lucene query and sort. User text goes through {@link SimpleQueryParser}, which
 * never throws on malformed input: an unbalanced quote or a stray operator is read as plain text.
 */
final class QueryTranslator {

    static final int MAX_TEXT_LENGTH = 500;
    /** Fuzzy and proximity operators are left out: costly on a large index, and of little use for tool names. */
    private static final int OPERATORS = AND_OPERATOR | OR_OPERATOR | NOT_OPERATOR | PHRASE_OPERATOR
            | PREFIX_OPERATOR | PRECEDENCE_OPERATORS | ESCAPE_OPERATOR | WHITESPACE_OPERATOR;
    private static final SortField BY_SERVER = new SortField(IndexFields.SERVER, SortField.Type.STRING);
    private static final SortField BY_TOOL = new SortField(IndexFields.TOOL, SortField.Type.STRING);
    /** Server slug and tool name are the key, so ties are always broken the same way. */
    private static final Sort BY_KEY = new Sort(BY_SERVER, BY_TOOL);
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, BY_SERVER, BY_TOOL);

    private final Analyzer analyzer;

    QueryTranslator(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Query toQuery(ToolQuery request) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(request.hasText() ? textQuery(request.text()) : new MatchAllDocsQuery(), Occur.MUST);
        addFilter(query, IndexFields.CATEGORY, request.category());
        addFilter(query, IndexFields.RISK, request.risk());
        addFilter(query, IndexFields.CAPABILITY, request.capability());
        addFilter(query, IndexFields.SERVER, request.serverSlug());
        return query.build();
    }

    Sort sort(ToolQuery request) {
        return request.hasText() ? BY_RELEVANCE : BY_KEY;
    }

    private Query textQuery(String text) {
        // A parser per call: cheap, and no shared state between searching threads.
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, IndexFields.textWeights(), OPERATORS);
        Query parsed = parser.parse(truncate(text));
        // Text made only of stop words or operators leaves nothing to look for.
        return parsed == null ? new MatchNoDocsQuery("no searchable words") : parsed;
    }

    /** Bounds the work a single request can cause; never cuts a surrogate pair in two. */
    private static String truncate(String text) {
        if (text.length() <= MAX_TEXT_LENGTH) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(MAX_TEXT_LENGTH - 1)) ? MAX_TEXT_LENGTH - 1 : MAX_TEXT_LENGTH;
        return text.substring(0, end);
    }

    private static void addFilter(BooleanQuery.Builder query, String field, String value) {
        if (value != null && !value.isBlank()) {
            query.add(new TermQuery(new Term(field, IndexFields.keyword(value.strip()))), Occur.FILTER);
        }
    }
}

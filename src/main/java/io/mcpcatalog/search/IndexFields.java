package io.mcpcatalog.search;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/**
 * The index schema: field names, how each is analysed, how a tool becomes a document, and the format version that
 * tells an index written by another schema apart. Any change here must bump {@link #INDEX_FORMAT_VERSION}.
 */
public final class IndexFields {

    /** Stamped on every commit; an index carrying another value is rebuilt from the catalog. */
    public static final int INDEX_FORMAT_VERSION = 2;
    /** Commit user-data key that holds {@link #INDEX_FORMAT_VERSION}. */
    public static final String FORMAT_VERSION_KEY = "mcpcatalog.index.format";

    /** Server slug: indexed lowercase (filters, deletes), stored and sorted as given. */
    public static final String SERVER = "server";
    /** Tool name as given: stored and sorted, the last sort key, so the order is total. */
    public static final String TOOL = "tool";
    /** Category and risk labels, indexed lowercase for case-insensitive filters. */
    public static final String CATEGORY = "category";
    public static final String RISK = "risk";
    /** Capability labels (filesystem, shell...), one indexed value each. */
    public static final String CAPABILITY = "capability";
    /** Free-text fields. */
    public static final String NAME = "name";
    public static final String DESCRIPTION = "description";
    public static final String PARAMS = "params";
    /** Server display name, canonical name and slug. */
    public static final String SERVER_TEXT = "server_text";

    private IndexFields() {
    }

    /**
     * Weights of the free-text fields: a word in a tool's name says most about what the tool does. Insertion order is
     * fixed so that scores, which are float sums, come out identical on every run.
     */
    static Map<String, Float> textWeights() {
        Map<String, Float> weights = new LinkedHashMap<>();
        weights.put(NAME, 3f);
        weights.put(DESCRIPTION, 1f);
        weights.put(PARAMS, 0.5f);
        weights.put(SERVER_TEXT, 0.5f);
        return weights;
    }

    /** The analyzer for both indexing and querying; the caller closes it. */
    public static Analyzer analyzer() {
        Analyzer identifiers = new IdentifierAnalyzer();
        return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
                NAME, identifiers, PARAMS, identifiers, SERVER_TEXT, identifiers,
                DESCRIPTION, new DescriptionAnalyzer()));
    }

    /** Filter values are stored and queried lowercase, so "HIGH" finds "High". */
    static String keyword(String value) {
        return value.toLowerCase(Locale.ROOT);
    }

    static Document toDocument(ToolDocument tool) {
        Document doc = new Document();
        doc.add(new StringField(SERVER, keyword(tool.serverSlug()), Store.NO));
        doc.add(new StoredField(SERVER, tool.serverSlug()));
        doc.add(new SortedDocValuesField(SERVER, new BytesRef(tool.serverSlug())));
        doc.add(new StoredField(TOOL, tool.toolName()));
        doc.add(new SortedDocValuesField(TOOL, new BytesRef(tool.toolName())));
        addKeyword(doc, CATEGORY, tool.category());
        addKeyword(doc, RISK, tool.risk());
        tool.capabilities().forEach(capability -> addKeyword(doc, CAPABILITY, capability));
        doc.add(new TextField(NAME, tool.toolName(), Store.NO));
        addText(doc, DESCRIPTION, tool.description());
        tool.paramNames().forEach(param -> addText(doc, PARAMS, param));
        addText(doc, SERVER_TEXT, tool.serverName());
        addText(doc, SERVER_TEXT, tool.serverCanonicalName());
        addText(doc, SERVER_TEXT, tool.serverSlug());
        return doc;
    }

    private static void addKeyword(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StringField(field, keyword(value), Store.NO));
        }
    }

    private static void addText(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new TextField(field, value, Store.NO));
        }
    }
}

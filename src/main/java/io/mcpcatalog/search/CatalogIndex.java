package io.mcpcatalog.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * The on-disk search index of catalog tools. It is derived data: PostgreSQL is the source of truth, and
 * {@link #needsRebuild()} says when to reload everything from it.
 *
 * <p>Thread-safe. Every write ends in a commit; searchers are opened on commits only and refreshed right after each
 * one, so a search sees the whole of a write or none of it, never the middle of a rebuild. That is also why there is
 * no background refresh: between commits there is nothing new it could show.
 */
public final class CatalogIndex implements AutoCloseable {

    private static final int ACCURATE_TOTAL = Integer.MAX_VALUE;
    private static final Set<String> KEY_FIELDS = Set.of(IndexFields.SERVER, IndexFields.TOOL);

    private final Directory directory;
    private final Analyzer analyzer;
    private final CommittingWriter writer;
    private final SearcherManager searchers;
    private final QueryTranslator translator;

    private CatalogIndex(Directory directory, Analyzer analyzer, CommittingWriter writer, SearcherManager searchers) {
        this.directory = directory;
        this.analyzer = analyzer;
        this.writer = writer;
        this.searchers = searchers;
        this.translator = new QueryTranslator(analyzer);
    }

    /** Opens the index in {@code dir}, creating the directory and an empty index when missing. */
    public static CatalogIndex open(Path dir) throws IOException {
        Files.createDirectories(dir);
        Directory directory = FSDirectory.open(dir);
        Analyzer analyzer = IndexFields.analyzer();
        CommittingWriter writer = null;
        try {
            writer = new CommittingWriter(directory, analyzer);
            return new CatalogIndex(directory, analyzer, writer, new SearcherManager(directory, null));
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(writer, analyzer, directory);
            throw e;
        }
    }

    /** True when the index has no format marker (new, or older than markers) or was written by another schema. */
    public boolean needsRebuild() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            Map<String, String> data = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getUserData();
            return !String.valueOf(IndexFields.INDEX_FORMAT_VERSION).equals(data.get(IndexFields.FORMAT_VERSION_KEY));
        } finally {
            searchers.release(searcher);
        }
    }

    /** Replaces the whole index with {@code all} and stamps the current format version. */
    public void rebuild(Iterable<ToolDocument> all) throws IOException {
        write(w -> {
            w.deleteAll();
            for (ToolDocument tool : all) {
                w.addDocument(IndexFields.toDocument(tool));
            }
            w.setLiveCommitData(Map.of(IndexFields.FORMAT_VERSION_KEY,
                    String.valueOf(IndexFields.INDEX_FORMAT_VERSION)).entrySet());
        });
    }

    /** Replaces one server's tools with {@code tools}, e.g. after it was imported again. */
    public void replaceServer(String serverSlug, List<ToolDocument> tools) throws IOException {
        List<Document> docs = tools.stream().map(IndexFields::toDocument).toList();
        write(w -> {
            w.deleteDocuments(serverTerm(serverSlug));
            w.addDocuments(docs);
        });
    }

    public void deleteServer(String serverSlug) throws IOException {
        write(w -> w.deleteDocuments(serverTerm(serverSlug)));
    }

    public SearchPage search(ToolQuery request) throws IOException {
        Query query = translator.toQuery(request);
        int wanted = request.offset() + request.limit();
        IndexSearcher searcher = searchers.acquire();
        try {
            TopFieldDocs top = searcher.search(query,
                    new TopFieldCollectorManager(translator.sort(request), wanted, null, ACCURATE_TOTAL));
            ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs,
                    Math.min(request.offset(), top.scoreDocs.length), top.scoreDocs.length);
            // Sorted collection leaves scores unset; fill them in for this page only.
            TopFieldCollector.populateScores(page, searcher, query);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>(page.length);
            for (ScoreDoc hit : page) {
                Document doc = stored.document(hit.doc, KEY_FIELDS);
                hits.add(new SearchHit(doc.get(IndexFields.SERVER), doc.get(IndexFields.TOOL), hit.score));
            }
            return new SearchPage(top.totalHits.value, hits);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Number of tools in the index. */
    public long count() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    @Override
    public void close() throws IOException {
        IOUtils.close(searchers, writer, analyzer, directory);
    }

    private void write(CommittingWriter.Change change) throws IOException {
        writer.commit(change);
        searchers.maybeRefreshBlocking();
    }

    private static Term serverTerm(String serverSlug) {
        return new Term(IndexFields.SERVER, IndexFields.keyword(serverSlug));
    }
}

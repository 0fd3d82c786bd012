package io.mcpcatalog.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.treesitter.TSNode;
import org.treesitter.TSQuery;
import org.treesitter.TSQueryCapture;
import org.treesitter.TSQueryCursor;
import org.treesitter.TSQueryMatch;

/**
 * A tree-sitter query kept as data in {@code extract/queries/<language>/<id>.scm}, one SDK pattern per file.
 * Text predicates (#eq?, #not-eq?, #match?, #not-match?, #any-of?) are evaluated here, since the core
 * library leaves them to its callers.
 */
public final class PatternQuery {

    private static final Map<String, PatternQuery> CACHE = new ConcurrentHashMap<>();

    private final String id;
    private final TSQuery query;
    private final List<List<QueryPredicate>> predicates;

    private PatternQuery(String id, TSQuery query) {
        this.id = id;
        this.query = query;
        this.predicates = new ArrayList<>();
        for (int pattern = 0; pattern < query.getPatternCount(); pattern++) {
            predicates.add(QueryPredicate.of(query, pattern));
        }
    }

    /** The query of pattern {@code id} for {@code language}, compiled once. */
    public static PatternQuery of(Language language, String id) {
        return CACHE.computeIfAbsent(language.id() + "/" + id, key -> new PatternQuery(id,
                new TSQuery(language.grammar(), read("extract/queries/" + key + ".scm"))));
    }

    /** The pattern's id, recorded as the provenance of what it finds. */
    public String id() {
        return id;
    }

    public List<QueryMatch> matches(ParsedFile file) {
        return matches(file, file.root());
    }

    /** Every match under {@code node} whose predicates hold, in document order. */
    public List<QueryMatch> matches(ParsedFile file, TSNode node) {
        TSQueryCursor cursor = new TSQueryCursor();
        cursor.exec(query, node);
        TSQueryMatch match = new TSQueryMatch();
        List<QueryMatch> found = new ArrayList<>();
        while (cursor.nextMatch(match)) {
            Map<String, List<TSNode>> captures = new LinkedHashMap<>();
            for (TSQueryCapture capture : match.getCaptures()) {
                captures.computeIfAbsent(query.getCaptureNameForId(capture.getIndex()), name -> new ArrayList<>())
                        .add(capture.getNode());
            }
            if (predicates.get(match.getPatternIndex()).stream().allMatch(p -> p.test(captures, file))) {
                found.add(new QueryMatch(captures));
            }
        }
        return found;
    }

    private static String read(String resource) {
        try (InputStream in = PatternQuery.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no query " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.mcpcatalog.catalog;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.sql.Statement;
import java.util.List;
import org.hibernate.Session;

/**
 * Reads the gateway feed: tools in the order of their latest change after a position, tombstones included.
 * Positions are numbered in commit order (see {@link FeedWriter}), so reading on from the last position seen
 * never skips a change.
 */
@ApplicationScoped
public class CatalogFeed {

    private static final int STREAM_CHUNK = 500;
    /** A full mirror of a million tools takes minutes; the default transaction timeout would cut it off. */
    private static final int STREAM_TIMEOUT_SECONDS = 3600;

    @Inject
    EntityManager entityManager;

    /** Receives streamed entries; may fail writing them out. */
    @FunctionalInterface
    public interface Sink {
        void accept(FeedChange change) throws IOException;
    }

    /** The position of the latest change committed; no valid cursor lies beyond it. */
    @Transactional
    public long latestPosition() {
        return ((Number) entityManager.createNativeQuery("select last_seq from feed_sequence where id = 1")
                .getSingleResult()).longValue();
    }

    @Transactional
    public FeedPage page(long after, int limit) {
        List<ToolFeedEntity> rows = entries(after, limit + 1);
        List<FeedChange> changes = rows.stream().limit(limit).map(CatalogFeed::change).toList();
        long last = changes.isEmpty() ? after : changes.get(changes.size() - 1).position();
        return new FeedPage(changes, last, rows.size() > limit);
    }

    /**
     * Every entry after {@code after}, handed out one by one from a single snapshot (each tool once, a consistent
     * state) and read in chunks, so the memory used does not grow with the catalog. Returns the last position.
     */
    @Transactional
    @TransactionConfiguration(timeout = STREAM_TIMEOUT_SECONDS)
    public long stream(long after, Sink sink) throws IOException {
        readFromOneSnapshot();
        long last = after;
        List<ToolFeedEntity> chunk;
        do {
            chunk = entries(last, STREAM_CHUNK);
            for (ToolFeedEntity entry : chunk) {
                sink.accept(change(entry));
                last = entry.seq;
            }
            entityManager.clear();
        } while (chunk.size() == STREAM_CHUNK);
        return last;
    }

    private List<ToolFeedEntity> entries(long after, int limit) {
        return entityManager.createQuery("""
                        select f from ToolFeedEntity f
                        join fetch f.tool t
                        join fetch t.server
                        join fetch t.currentVersion v
                        left join fetch v.classification
                        where f.seq > :after
                        order by f.seq""", ToolFeedEntity.class)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }

    private void readFromOneSnapshot() {
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
        });
    }

    private static FeedChange change(ToolFeedEntity entry) {
        ToolEntity tool = entry.tool;
        return new FeedChange(entry.seq, tool.server.slug, tool.name,
                tool.removedAt == null ? ToolMapper.toCatalogTool(tool) : null);
    }
}

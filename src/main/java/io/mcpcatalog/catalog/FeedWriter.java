package io.mcpcatalog.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.Set;
import org.hibernate.Session;

/**
 * Moves changed tools to new feed positions, inside the import's transaction and as its last step.
 *
 * <p>The positions come from the single feed_sequence row, which the UPDATE below locks until the transaction
 * commits (or rolls back). A second writer waits on that row and, under READ COMMITTED, continues from the value
 * the first one committed. So positions are handed out in commit order, and PostgreSQL makes a commit visible
 * before it releases the transaction's locks: a reader that sees position N sees every position below N. The
 * price is that writers' final step (this statement and the commit) runs one at a time; everything before it runs
 * concurrently. Readers need no horizon arithmetic and a long unrelated transaction cannot stall the feed.
 */
@ApplicationScoped
class FeedWriter {

    private static final String MOVE_TO_NEW_POSITIONS = """
            WITH clock AS (UPDATE feed_sequence SET last_seq = last_seq + ? WHERE id = 1 RETURNING last_seq - ? AS base)
            INSERT INTO tool_feed (tool_id, seq)
            SELECT changed.id, clock.base + row_number() OVER (ORDER BY changed.id)
            FROM clock, unnest(?::bigint[]) AS changed(id)
            ON CONFLICT (tool_id) DO UPDATE SET seq = excluded.seq""";

    @Inject
    EntityManager entityManager;

    /** Records that these tools changed (added, new version, reclassified, removed); call last in the transaction. */
    void recordChanged(Set<Long> toolIds) {
        if (toolIds.isEmpty()) {
            return;
        }
        // Every row this import touches is written (and locked) before the feed row is taken, so the feed lock
        // is always the last one a writer acquires and two writers cannot deadlock over it.
        entityManager.flush();
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(MOVE_TO_NEW_POSITIONS)) {
                statement.setLong(1, toolIds.size());
                statement.setLong(2, toolIds.size());
                statement.setArray(3, connection.createArrayOf("bigint", toolIds.toArray()));
                statement.executeUpdate();
            }
        });
    }
}

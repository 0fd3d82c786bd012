package io.mcpcatalog.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mcpcatalog.CatalogTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Gateways that follow the feed while several writers change the catalog at once (new servers, changed tool
 * lists, removed tools, multi-server snapshots, each import its own transaction) end with exactly the catalog's
 * state: no change lost, no tool named twice in one read, nothing left over.
 */
@QuarkusTest
@WithTestResource(value = CatalogTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class FeedConcurrencyTest {

    private static final int WRITERS = 4;
    private static final int ROUNDS = 25;

    @TestHTTPResource("/")
    URI base;
    @Inject
    DataSource dataSource;

    @Test
    void gatewaysFollowingTheFeedDuringConcurrentImportsEndWithTheCatalogsState() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger imports = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + 2);
        try {
            FeedGateway pager = new FeedGateway(base);
            FeedGateway streamer = new FeedGateway(base);
            Future<Integer> paging = pool.submit(() -> follow(writing, () -> pager.catchUpByPages(7)));
            Future<Integer> streaming = pool.submit(() -> follow(writing, streamer::catchUpByStream));
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                FeedRaceWriter writer = new FeedRaceWriter(w, new FeedGateway(base));
                writers.add(pool.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        writer.changeSomething();
                        imports.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
            writing.set(false);
            int pagerReads = paging.get(1, TimeUnit.MINUTES);
            int streamerReads = streaming.get(1, TimeUnit.MINUTES);
            assertTrue(pagerReads > 3 && streamerReads > 3, "the gateways read while the writers wrote: "
                    + pagerReads + " page runs, " + streamerReads + " streams during " + imports + " imports");

            Map<String, String> catalog = catalogState();
            assertEquals(catalog, state(pager.mirror()), "the paging gateway's mirror");
            assertEquals(catalog, state(streamer.mirror()), "the streaming gateway's mirror");
            assertEquals(policies(pager.mirror()), policies(streamer.mirror()));
            assertTrue(pager.page(pager.cursor(), 1000).items().isEmpty(), "nothing left over after catching up");
            assertTrue(catalog.keySet().stream().anyMatch(key -> key.startsWith("feed-race-3-")));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * The interleaving that loses changes when positions are handed out before commit: writer 1 has changed a tool
     * and is held up (here by a row lock on its second tool) while writer 2 commits, and a gateway reads writer 2's
     * change. When writer 1 commits, the gateway must still get writer 1's changes.
     */
    @Test
    void aWriterHeldUpMidTransactionDoesNotMakeAGatewaySkipItsChanges() throws Exception {
        FeedGateway gateway = new FeedGateway(base);
        FeedGateway writer = new FeedGateway(base);
        writer.importToolsList("Held Up", "https://github.com/example/held-up",
                FeedRaceWriter.toolsList("get_first", "Gets the first item.", "get_second", "Gets the second item."));
        writer.importToolsList("Goes First", "https://github.com/example/goes-first",
                FeedRaceWriter.toolsList("get_other", "Gets another item."));
        gateway.catchUpByPages(1000);

        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection lock = dataSource.getConnection()) {
            lock.setAutoCommit(false);
            try (Statement statement = lock.createStatement()) {
                statement.executeQuery("select t.id from tools t join servers s on s.id = t.server_id"
                        + " where s.slug = 'held-up' and t.name = 'get_second' for update of t").close();
            }
            Future<?> heldUp = pool.submit(() -> writer.importToolsList("Held Up", "https://github.com/example/held-up",
                    FeedRaceWriter.toolsList("get_first", "Updates the first item.",
                            "get_second", "Updates the second item.")));
            awaitAWriterWaitingForALock();
            new FeedGateway(base).importToolsList("Goes First", "https://github.com/example/goes-first",
                    FeedRaceWriter.toolsList("get_other", "Deletes another item permanently."));
            gateway.catchUpByPages(1000);
            assertEquals(2, gateway.mirror().get("goes-first/get_other").get("version").asInt());

            lock.rollback();
            heldUp.get(1, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        gateway.catchUpByPages(1000);
        assertEquals(2, gateway.mirror().get("held-up/get_first").get("version").asInt());
        assertEquals(2, gateway.mirror().get("held-up/get_second").get("version").asInt());
        assertEquals(catalogState(), state(gateway.mirror()));
    }

    private void awaitAWriterWaitingForALock() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            while (System.nanoTime() < deadline) {
                try (ResultSet waiting = statement.executeQuery("select count(*) from pg_stat_activity"
                        + " where wait_event_type = 'Lock' and datname = current_database()")) {
                    waiting.next();
                    if (waiting.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the held-up import never waited for the lock");
    }

    /** Reads the feed over and over while the writers run, then once more after they stopped. */
    private static int follow(AtomicBoolean writing, Runnable catchUp) {
        int reads = 0;
        while (writing.get()) {
            catchUp.run();
            reads++;
        }
        catchUp.run();
        return reads;
    }

    /** Every current tool as the database has it: server/tool to version, category, risk, confidence. */
    private Map<String, String> catalogState() throws Exception {
        Map<String, String> state = new TreeMap<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("""
                     select s.slug, t.name, v.version_no, c.category, c.risk, c.confidence
                     from tools t join servers s on s.id = t.server_id join tool_versions v on v.id = t.current_version_id
                     join classifications c on c.tool_version_id = v.id where t.removed_at is null""")) {
            while (rows.next()) {
                state.put(rows.getString(1) + "/" + rows.getString(2), rows.getInt(3) + " " + rows.getString(4) + " "
                        + rows.getString(5) + " " + rows.getDouble(6));
            }
        }
        return state;
    }

    private static Map<String, String> state(Map<String, JsonNode> mirror) {
        Map<String, String> state = new TreeMap<>();
        mirror.forEach((key, entry) -> state.put(key, entry.get("version").asInt() + " "
                + entry.get("category").asText() + " " + entry.get("risk").asText() + " "
                + entry.get("confidence").asDouble()));
        return state;
    }

    private static Map<String, JsonNode> policies(Map<String, JsonNode> mirror) {
        Map<String, JsonNode> policies = new TreeMap<>();
        mirror.forEach((key, entry) -> policies.put(key, entry.get("policy")));
        return policies;
    }
}

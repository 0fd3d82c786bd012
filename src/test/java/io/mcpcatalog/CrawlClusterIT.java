package io.mcpcatalog;

import static io.mcpcatalog.CrawlCluster.await;
import static io.mcpcatalog.CrawlCluster.heldBy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two packaged service instances, each its own process, on one PostgreSQL: they crawl a queue of git repositories
 * (TypeScript MCP servers made here) from the same crawlers/ folder. Every source is queued once and imported once;
 * after one instance is killed with -9 mid-crawl, its finished jobs stay finished and the other instance takes
 * over its leased jobs once their leases expire. Everything ends done.
 */
class CrawlClusterIT {

    private static final Logger LOG = Logger.getLogger(CrawlClusterIT.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int REPOSITORIES = 36;
    private static final int TOOL_FILES = 30;
    private static final int TOOLS = REPOSITORIES * TOOL_FILES * McpServerRepos.TOOLS_PER_FILE;

    @TempDir
    Path work;

    private static String ids(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Test
    void twoInstancesCrawlEachJobOnceAndTakeOverTheJobsOfAKilledOne() throws Exception {
        List<Path> repositories = McpServerRepos.create(work.resolve("repos"), "server", REPOSITORIES, TOOL_FILES);
        try (CrawlCluster cluster = CrawlCluster.start(work);
             PackagedApp first = cluster.instance(18101, "first", 2, 8);
             PackagedApp second = cluster.instance(18102, "second", 2, 8)) {
            cluster.addSources("servers.yaml", repositories);
            long started = System.nanoTime();
            await(() -> cluster.jobs("state = 'done'") >= 8 && cluster.jobs("state = 'running' and " + heldBy(second)) > 0,
                    "the second instance running jobs after some are done", 8);

            second.kill();
            Map<Long, Long> doneBeforeKill = cluster.rows("select id, import_run_id from crawl_jobs where state = 'done'", Long.class);
            Map<Long, Timestamp> heldAtKill = cluster.rows("select id, lease_until from crawl_jobs where state = 'running' and "
                    + heldBy(second), Timestamp.class);
            assertFalse(heldAtKill.isEmpty(), "the killed instance held jobs");

            await(() -> cluster.jobs("state = 'done'") == REPOSITORIES, "every job done", 8);
            double seconds = (System.nanoTime() - started) / 1e9;
            LOG.infof("two instances (one killed mid-crawl) crawled %d git jobs in %.1f s: %.1f jobs per minute",
                    REPOSITORIES, seconds, REPOSITORIES * 60 / seconds);

            assertEquals(REPOSITORIES, cluster.jobs("true"), "each source was queued once, though both instances read crawlers/");
            assertEquals(REPOSITORIES, cluster.scalar("select count(*) from import_runs"), "no job was imported twice");
            assertEquals(REPOSITORIES, cluster.scalar("select count(distinct source) from import_runs"));
            assertEquals(REPOSITORIES, cluster.scalar("select count(distinct import_run_id) from crawl_jobs"));
            assertEquals(doneBeforeKill, cluster.rows("select id, import_run_id from crawl_jobs where id in ("
                    + ids(doneBeforeKill.keySet()) + ")", Long.class), "finished work is kept");
            Map<Long, Timestamp> takenOver = cluster.rows("select id, started_at from crawl_jobs where " + heldBy(first)
                    + " and id in (" + ids(heldAtKill.keySet()) + ")", Timestamp.class);
            assertEquals(heldAtKill.keySet(), takenOver.keySet(), "the first instance finished the killed one's jobs");
            heldAtKill.forEach((id, leaseUntil) -> assertFalse(takenOver.get(id).before(leaseUntil),
                    "job " + id + " was taken over only after its lease expired"));
            assertTrue(cluster.jobs("state = 'done' and " + heldBy(second)) > 0, "the second instance had finished jobs too");

            assertEquals(REPOSITORIES, cluster.scalar("select count(*) from servers"));
            assertEquals(TOOLS, cluster.scalar("select count(*) from tools where removed_at is null"));
            JsonNode progress = JSON.readTree(first.get("/api/v1/crawls?limit=5"));
            assertEquals(REPOSITORIES, progress.path("counts").path("done").asInt(), progress.toString());
            assertEquals(0, progress.path("counts").path("failed").asInt());
            assertEquals(TOOLS, progress.path("toolsFound").asInt());
            assertEquals(5, progress.path("jobs").size());
            assertTrue(first.log().contains("crawl progress: {queued="), "progress lines in the log");
        }
    }
}

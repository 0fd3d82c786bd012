package io.mcpcatalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mcpcatalog.CatalogTestResource;
import io.mcpcatalog.TaxonomyDocuments;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The gateway feed: order, paging, tombstones, latest state only, reclassification, NDJSON, bad input. */
@QuarkusTest
@WithTestResource(value = CatalogTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class FeedResourceTest {

    @TestHTTPResource("/")
    URI base;
    @Inject
    DataSource dataSource;

    private FeedGateway gateway;
    private String now;

    @BeforeEach
    void catchUp() {
        gateway = new FeedGateway(base);
        gateway.catchUpByPages(1000);
        now = gateway.cursor();
    }

    private static String tools(String... nameAndDescription) {
        StringBuilder json = new StringBuilder("{\"tools\":[");
        for (int i = 0; i < nameAndDescription.length; i += 2) {
            json.append(i == 0 ? "" : ",").append("{\"name\":\"").append(nameAndDescription[i])
                    .append("\",\"description\":\"").append(nameAndDescription[i + 1])
                    .append("\",\"inputSchema\":{\"type\":\"object\"}}");
        }
        return json.append("]}").toString();
    }

    private void importTools(String server, String toolsList) {
        gateway.importToolsList(server, "https://github.com/example/" + server.toLowerCase().replace(' ', '-'),
                toolsList);
    }

    private static List<String> ops(List<JsonNode> entries) {
        return entries.stream().map(e -> e.get("op").asText() + " " + e.get("tool").asText()).toList();
    }

    @Test
    void pagesGiveEveryChangeInOrderThenTombstonesAndTheNewVersion() {
        importTools("Feed Paging", tools("list_notes", "Lists notes.", "create_note", "Creates a note.",
                "delete_note", "Deletes a note permanently."));

        FeedGateway.Page first = gateway.page(now, 2);
        assertEquals(List.of("upsert list_notes", "upsert create_note"), ops(first.items()));
        assertTrue(first.more());
        FeedGateway.Page second = gateway.page(first.nextCursor(), 2);
        assertEquals(List.of("upsert delete_note"), ops(second.items()));
        assertFalse(second.more());
        JsonNode deleteNote = second.items().get(0);
        assertEquals("feed-paging", deleteNote.get("server").asText());
        assertEquals("Destructive", deleteNote.get("category").asText());
        assertEquals("Critical", deleteNote.get("risk").asText());
        assertEquals(1, deleteNote.get("version").asInt());
        assertTrue(deleteNote.get("confidence").asDouble() > 0);
        assertEquals("Blocked by default. Requires approval.",
                deleteNote.at("/policy/tools/delete_note/deny_if/0/on_deny").asText());
        assertEquals(second.nextCursor(), deleteNote.get("cursor").asText());

        importTools("Feed Paging", tools("create_note", "Creates a note with a title.",
                "delete_note", "Deletes a note permanently."));
        FeedGateway.Page third = gateway.page(second.nextCursor(), 10);
        assertEquals(List.of("delete list_notes", "upsert create_note"), ops(third.items()));
        JsonNode tombstone = third.items().get(0);
        assertEquals("feed-paging", tombstone.get("server").asText());
        assertNull(tombstone.get("category"));
        assertNull(tombstone.get("policy"));
        assertEquals(2, third.items().get(1).get("version").asInt());

        FeedGateway.Page empty = gateway.page(third.nextCursor(), 10);
        assertTrue(empty.items().isEmpty());
        assertFalse(empty.more());
        assertEquals(third.nextCursor(), empty.nextCursor());
    }

    @Test
    void aToolChangedTwiceBetweenReadsAppearsOnceWithItsLatestState() {
        importTools("Feed Twice", tools("archive_item", "Lists archived items."));
        String before = gateway.page(now, 1000).nextCursor();
        importTools("Feed Twice", tools("archive_item", "Updates an archived item."));
        importTools("Feed Twice", tools("archive_item", "Deletes an archived item permanently."));

        FeedGateway.Page page = gateway.page(before, 1000);
        assertEquals(List.of("upsert archive_item"), ops(page.items()));
        assertEquals(3, page.items().get(0).get("version").asInt());
        given().get("/api/v1/servers/feed-twice/tools/archive_item").then().statusCode(200)
                .body("version", equalTo(3))
                .body("category", equalTo(page.items().get(0).get("category").asText()));
    }

    @Test
    void aRemovedToolThatComesBackIsAnUpsertAgain() {
        importTools("Feed Return", tools("get_a", "Gets a.", "get_b", "Gets b."));
        importTools("Feed Return", tools("get_a", "Gets a."));
        String afterRemoval = gateway.page(now, 1000).nextCursor();
        importTools("Feed Return", tools("get_a", "Gets a.", "get_b", "Gets b."));
        assertEquals(List.of("upsert get_b"), ops(gateway.page(afterRemoval, 1000).items()));
    }

    @Test
    void anImportThatChangesNothingAddsNothing() {
        importTools("Feed Same", tools("get_c", "Gets c."));
        String after = gateway.page(now, 1000).nextCursor();
        importTools("Feed Same", tools("get_c", "Gets c."));
        assertTrue(gateway.page(after, 1000).items().isEmpty());
    }

    @Test
    void reclassificationByNewRulesIsAChangeOnlyWhenTheClassificationChanged() throws Exception {
        importTools("Feed Rules", tools("drop_table", "Drops a table and all of its rows.", "get_row", "Gets a row."));
        // What rules of an earlier version left behind: one tool classified differently, both marked stale.
        sql("update classifications set classifier_version = 'rules-old' where tool_version_id in (select"
                + " v.id from tool_versions v join tools t on t.id = v.tool_id join servers s on s.id = t.server_id"
                + " where s.slug = 'feed-rules')");
        sql("update classifications set category = 'Read', risk = 'Low' where tool_version_id = (select"
                + " t.current_version_id from tools t join servers s on s.id = t.server_id where s.slug = 'feed-rules'"
                + " and t.name = 'drop_table')");
        String before = gateway.page(now, 1000).nextCursor();

        importTools("Feed Rules", tools("drop_table", "Drops a table and all of its rows.", "get_row", "Gets a row."));
        FeedGateway.Page page = gateway.page(before, 1000);
        assertEquals(List.of("upsert drop_table"), ops(page.items()));
        assertEquals("Destructive", page.items().get(0).get("category").asText());
        assertEquals(1, page.items().get(0).get("version").asInt());
    }

    @Test
    void ndjsonStreamsTheWholeFeedOnceWithTheCursorOnItsLastLine() throws Exception {
        String body = given().accept(FeedResource.NDJSON).get("/api/v1/feed").then().statusCode(200)
                .contentType(FeedResource.NDJSON).header("Content-Length", nullValue()).extract().asString();
        List<String> lines = body.lines().toList();
        JsonNode end = FeedGateway.JSON.readTree(lines.get(lines.size() - 1));
        assertEquals("end", end.get("op").asText());
        assertEquals(now, end.get("nextCursor").asText());

        FeedGateway.Stream stream = gateway.stream(null);
        assertEquals(lines.size() - 1, stream.entries().size());
        assertEquals(stream.entries().size(), stream.entries().stream().map(FeedGateway::key)
                .collect(Collectors.toSet()).size());
        JsonNode stopBackground = stream.entries().stream()
                .filter(e -> FeedGateway.key(e).equals("mcp-ssh/stopBackground")).findFirst().orElseThrow();
        assertEquals("Execute", stopBackground.get("category").asText());
        assertEquals("High", stopBackground.get("risk").asText());
        assertEquals(FeedGateway.JSON.readTree(TaxonomyDocuments.STOP_BACKGROUND_POLICY), stopBackground.get("policy"));

        FeedGateway mirror = new FeedGateway(base);
        mirror.catchUpByStream();
        assertEquals(gateway.mirror(), mirror.mirror());

        FeedGateway.Stream nothingNew = gateway.stream(now);
        assertTrue(nothingNew.entries().isEmpty());
        assertEquals(now, nothingNew.nextCursor());
    }

    @Test
    void badCursorsAndLimitsAreA400WithAMessage() {
        String notBase64 = "%%%";
        String serversCursor = encode("mcp-ssh");
        String negative = encode("feed:-3");
        String ahead = encode("feed:" + Long.MAX_VALUE);
        for (String since : List.of(notBase64, serversCursor, negative)) {
            given().get("/api/v1/feed?since=" + since).then().statusCode(400)
                    .body("message", containsString("cursor"));
        }
        given().get("/api/v1/feed?since=" + ahead).then().statusCode(400)
                .body("message", containsString("ahead of this catalog's feed"));
        given().accept(FeedResource.NDJSON).get("/api/v1/feed?since=" + serversCursor).then().statusCode(400)
                .contentType("application/json").body("message", containsString("not a feed cursor"));
        for (String limit : List.of("0", "1001", "ten", "-1")) {
            given().get("/api/v1/feed?limit=" + limit).then().statusCode(400)
                    .body("message", equalTo("limit must be a number between 1 and 1000, was '" + limit + "'"));
        }
        given().get("/api/v1/feed?limit=1000&since=" + now).then().statusCode(200).body("more", equalTo(false));
    }

    private static String encode(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    private void sql(String statement) throws Exception {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(statement)) {
            assertTrue(update.executeUpdate() > 0, statement);
        }
    }
}

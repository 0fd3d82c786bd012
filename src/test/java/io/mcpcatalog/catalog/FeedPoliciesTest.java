package io.mcpcatalog.catalog;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpcatalog.CatalogTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A tool whose served policy changed without an import moves up the feed; the others stay where they are. */
@QuarkusTest
@WithTestResource(value = CatalogTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class FeedPoliciesTest {

    @Inject
    FeedPolicies feedPolicies;
    @Inject
    DataSource dataSource;

    @Test
    void aToolAnnouncedWithAnotherPolicyMovesUpTheFeed() throws SQLException {
        assertEquals(0, feedPolicies.announceChangedPolicies(), "every import remembered its tools' policies");
        assertEquals(0, countWithoutDigest(), "no current tool lacks the digest of the policy it was announced with");
        String cursor = catchUp(null).cursor();

        execute("""
                update tool_feed set policy_sha = 'announced-with-an-older-compiler' where tool_id =
                  (select t.id from tools t join servers s on s.id = t.server_id
                   where s.slug = 'mcp-ssh' and t.name = 'stopBackground')""");
        assertEquals(1, feedPolicies.announceChangedPolicies());

        Read after = catchUp(cursor);
        assertEquals(List.of("mcp-ssh/stopBackground"), after.tools());
        assertEquals(0, feedPolicies.announceChangedPolicies(), "announced once, then remembered");
    }

    private record Read(List<String> tools, String cursor) {
    }

    private static Read catchUp(String since) {
        List<String> tools = new ArrayList<>();
        String cursor = since;
        boolean more;
        do {
            JsonPath page = given().queryParam("limit", 1000).queryParam("since", cursor == null ? "" : cursor)
                    .get("/api/v1/feed").then().statusCode(200).extract().jsonPath();
            List<String> servers = page.getList("items.server");
            List<String> names = page.getList("items.tool");
            for (int i = 0; i < names.size(); i++) {
                tools.add(servers.get(i) + "/" + names.get(i));
            }
            cursor = page.getString("nextCursor");
            more = page.getBoolean("more");
        } while (more);
        return new Read(tools, cursor);
    }

    private long countWithoutDigest() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             ResultSet rows = connection.createStatement().executeQuery("""
                     select count(*) from tool_feed f join tools t on t.id = f.tool_id
                     where t.removed_at is null and f.policy_sha is null""")) {
            assertTrue(rows.next());
            return rows.getLong(1);
        }
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().executeUpdate(sql);
        }
    }
}

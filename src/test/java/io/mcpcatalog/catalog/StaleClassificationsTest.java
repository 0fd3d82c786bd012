package io.mcpcatalog.catalog;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.mcpcatalog.CatalogTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A catalog classified by older rules is classified again on start, and only then. */
@QuarkusTest
@WithTestResource(value = CatalogTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class StaleClassificationsTest {

    @Inject
    StaleClassifications staleClassifications;
    @Inject
    DataSource dataSource;

    @Test
    void toolsClassifiedByOtherRulesAreClassifiedAgain() throws SQLException {
        assertEquals(0, staleClassifications.refresh(), "every import classified with the current rules");
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().executeUpdate("""
                    update classifications set classifier_version = 'older-rules', capabilities = '[]',
                      category = 'Read', risk = 'Low'
                    where tool_version_id = (select t.current_version_id from tools t join servers s
                      on s.id = t.server_id where s.slug = 'mcp-ssh' and t.name = 'connect')""");
        }
        given().get("/api/v1/servers/mcp-ssh/tools/connect").then().statusCode(200)
                .body("category", org.hamcrest.Matchers.equalTo("Read"));

        assertEquals(1, staleClassifications.refresh());

        given().get("/api/v1/servers/mcp-ssh/tools/connect").then().statusCode(200)
                .body("category", org.hamcrest.Matchers.equalTo("Write"))
                .body("capabilities.capability", hasItem("credentials"));
        assertEquals(0, staleClassifications.refresh(), "classified again once, then current");
    }
}

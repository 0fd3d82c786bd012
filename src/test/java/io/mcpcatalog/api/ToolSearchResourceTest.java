package io.mcpcatalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.mcpcatalog.CatalogTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Search over the Lucene index built from PostgreSQL at start. */
@QuarkusTest
@WithTestResource(value = CatalogTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ToolSearchResourceTest {

    @Test
    void backgroundRanksTheFourBackgroundToolsOfMcpSshFirst() {
        List<String> firstFour = given().get("/api/v1/tools?q=background&limit=4").then().statusCode(200)
                .extract().jsonPath().getList("items.name");
        org.hamcrest.MatcherAssert.assertThat(firstFour, containsInAnyOrder(
                "backgroundExecute", "stopBackground", "listBackgroundTasks", "stopAllBackgroundTasks"));
    }

    @Test
    void toolNamesAreSplitIntoWords() {
        for (String query : List.of("stop background", "stop_background", "stop-background")) {
            given().queryParam("q", query).get("/api/v1/tools").then().statusCode(200)
                    .body("items[0].name", equalTo("stopBackground"));
        }
        given().queryParam("q", "write terminal").get("/api/v1/tools").then().statusCode(200)
                .body("items[0].name", equalTo("mcp_ssh_mcp_writeToTerminal"));
    }

    @Test
    void filtersByCategoryRiskAndServer() {
        given().get("/api/v1/tools?category=destructive&server=mcp-ssh").then().statusCode(200)
                .body("items.name", contains("deleteConnection"))
                .body("total", equalTo(1));
        given().get("/api/v1/tools?risk=High&server=mcp-ssh&limit=100").then().statusCode(200)
                .body("total", equalTo(6))
                .body("items.category", everyItem(equalTo("Execute")));
        given().get("/api/v1/tools?q=connection&category=Read&server=mcp-ssh").then().statusCode(200)
                .body("items.name", hasItem("getConnection"))
                .body("items.category", everyItem(equalTo("Read")));
    }

    @Test
    void pagesWithACursorUntilTheEnd() {
        JsonPath first = given().get("/api/v1/tools?server=mcp-ssh&limit=10").then().statusCode(200)
                .body("total", equalTo(23)).body("nextCursor", notNullValue()).extract().jsonPath();
        JsonPath second = given().queryParam("cursor", first.getString("nextCursor"))
                .get("/api/v1/tools?server=mcp-ssh&limit=10").then().statusCode(200).extract().jsonPath();
        given().queryParam("cursor", second.getString("nextCursor")).get("/api/v1/tools?server=mcp-ssh&limit=10")
                .then().statusCode(200).body("items.size()", equalTo(3)).body("nextCursor", nullValue());
        org.hamcrest.MatcherAssert.assertThat(second.getList("items.name"),
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItems(first.getList("items.name").toArray())));
    }

    @Test
    void invalidParametersAreA400AndHostileQueriesAreNot() {
        given().get("/api/v1/tools?category=Dangerous").then().statusCode(400)
                .body("message", containsString("Read, Write, Execute, Destructive, Financial"));
        given().get("/api/v1/tools?risk=Extreme").then().statusCode(400);
        given().get("/api/v1/tools?capability=telepathy").then().statusCode(400)
                .body("message", containsString("filesystem, shell, network"));
        given().get("/api/v1/tools?limit=500").then().statusCode(400);
        given().get("/api/v1/tools?cursor=!!").then().statusCode(400);
        for (String hostile : List.of("\"unbalanced", "AND(", "*", "name:[a TO", "x".repeat(3000), "<script>")) {
            given().queryParam("q", hostile).get("/api/v1/tools").then().statusCode(200);
        }
    }
}

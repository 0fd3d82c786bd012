package io.mcpcatalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mcpcatalog.CatalogTestResource;
import io.mcpcatalog.TaxonomyDocuments;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The seeded Mcp Ssh server through the JSON API, against the embedded PostgreSQL. */
@QuarkusTest
@WithTestResource(value = CatalogTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ServerResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void seededServerHasItsTwentyThreeToolsAndCounts() {
        given().get("/api/v1/servers/mcp-ssh").then()
                .statusCode(200)
                .body("name", equalTo("Mcp Ssh"))
                .body("canonicalName", equalTo("io.github.shuakami/mcp-ssh"))
                .body("toolCount", equalTo(23))
                .body("tools.size()", equalTo(23))
                .body("countsByCategory.Read", equalTo(8))
                .body("countsByCategory.Write", equalTo(8))
                .body("countsByCategory.Execute", equalTo(6))
                .body("countsByCategory.Destructive", equalTo(1))
                .body("modifyingCount", equalTo(15));
    }

    @Test
    void stopBackgroundIsExecuteHighAndExplainsWhyNotDestructive() {
        given().get("/api/v1/servers/mcp-ssh/tools/stopBackground").then()
                .statusCode(200)
                .body("category", equalTo("Execute"))
                .body("risk", equalTo("High"))
                .body("description", equalTo("Stops a background command execution on a specific connection."))
                .body("params.name", hasItems("connectionId"))
                .body("rationale", containsString("not Destructive"))
                .body("evidence.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("confidence", notNullValue())
                .body("annotations", equalTo(null));
    }

    @Test
    void stopBackgroundPolicyIsExactlyTheTaxonomyDocument() throws Exception {
        String body = given().get("/api/v1/servers/mcp-ssh/tools/stopBackground/policy").then()
                .statusCode(200).contentType("application/json").extract().asString();
        assertEquals(JSON.readTree(TaxonomyDocuments.STOP_BACKGROUND_POLICY), JSON.readTree(body));
    }

    @Test
    void serverPolicyCoversEveryToolAndBlocksTheDestructiveOne() {
        given().get("/api/v1/servers/mcp-ssh/policy").then()
                .statusCode(200)
                .body("version", equalTo("1"))
                .body("default", equalTo("deny"))
                .body("tools.size()", equalTo(23))
                .body("tools.deleteConnection.deny_if[0].on_deny", equalTo("Blocked by default. Requires approval."))
                .body("tools.listTunnels.size()", equalTo(0))
                .body("tools.executeCommand.deny_if[0].conditions[0].path", equalTo("args.command"));
    }

    @Test
    void listsServersWithCountsAndPages() {
        given().get("/api/v1/servers?q=ssh").then()
                .statusCode(200)
                .body("items.slug", hasItems("mcp-ssh"))
                .body("items.find { it.slug == 'mcp-ssh' }.toolCount", equalTo(23));
        given().get("/api/v1/servers?limit=1").then()
                .statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void unknownServerOrToolIsA404WithAMessage() {
        given().get("/api/v1/servers/no-such-server").then()
                .statusCode(404).body("message", containsString("no-such-server"));
        given().get("/api/v1/servers/mcp-ssh/tools/noSuchTool").then()
                .statusCode(404).body("message", containsString("noSuchTool"));
        given().get("/api/v1/servers/mcp-ssh/tools/noSuchTool/policy").then().statusCode(404);
    }

    @Test
    void badParametersAreA400WithAMessage() {
        given().get("/api/v1/servers?limit=0").then().statusCode(400).body("message", containsString("limit"));
        given().get("/api/v1/servers?limit=abc").then().statusCode(400);
        given().get("/api/v1/servers?cursor=%%%").then().statusCode(400).body("message", containsString("cursor"));
    }

    @Test
    void platformEndpointsAnswer() {
        given().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/servers"));
        given().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}

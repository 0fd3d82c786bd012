package io.mcpcatalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.mcpcatalog.CatalogTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** Classification on demand (nothing stored) and ETags on policy endpoints. */
@QuarkusTest
@WithTestResource(value = CatalogTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ClassifyResourceTest {

    @Test
    void classifiesAToolsListWithoutStoringIt() throws Exception {
        try (InputStream fixture = getClass().getResourceAsStream("/fixtures/mcp-ssh.tools-list.json")) {
            given().contentType("application/json").body(fixture.readAllBytes())
                    .post("/api/v1/classify?server=Unseen SSH").then().statusCode(200)
                    .body("tools.size()", equalTo(23))
                    .body("tools.find { it.name == 'stopBackground' }.category", equalTo("Execute"))
                    .body("tools.find { it.name == 'stopBackground' }.rationale", containsString("not Destructive"))
                    .body("tools.find { it.name == 'stopBackground' }.rule.limits[0].counter", equalTo("stopbackground_rate"))
                    .body("policy.default", equalTo("deny"))
                    .body("policy.tools.deleteConnection.deny_if[0].on_deny", equalTo("Blocked by default. Requires approval."));
        }
        given().get("/api/v1/servers/unseen-ssh").then().statusCode(404);
    }

    @Test
    void badOrOversizedInputIsRejectedClearly() {
        given().contentType("application/json").body("{\"tools\":[{\"name\":\"bad name\",\"inputSchema\":{}}]}")
                .post("/api/v1/classify").then().statusCode(400).body("problems[0]", containsString("$.tools[0].name"));
        given().contentType("application/json").body("{\"servers\":[]}")
                .post("/api/v1/classify").then().statusCode(400).body("message", containsString("tools/list"));
        StringBuilder many = new StringBuilder("{\"tools\":[");
        for (int i = 0; i < ClassifyResource.MAX_TOOLS + 1; i++) {
            many.append(i == 0 ? "" : ",").append("{\"name\":\"t").append(i).append("\",\"inputSchema\":{}}");
        }
        given().contentType("application/json").body(many.append("]}").toString())
                .post("/api/v1/classify").then().statusCode(413).body("message", containsString("At most"));
    }

    @Test
    void policyEndpointsAnswer304WhenTheGatewayHasTheCurrentDocument() {
        String etag = given().get("/api/v1/servers/mcp-ssh/tools/stopBackground/policy").then().statusCode(200)
                .header("ETag", notNullValue()).extract().header("ETag");
        given().header("If-None-Match", etag).get("/api/v1/servers/mcp-ssh/tools/stopBackground/policy")
                .then().statusCode(304);
        given().header("If-None-Match", "\"stale\"").get("/api/v1/servers/mcp-ssh/tools/stopBackground/policy")
                .then().statusCode(200).body("tools.stopBackground.limits[0].max", equalTo(10));
        String serverTag = given().get("/api/v1/servers/mcp-ssh/policy").then().statusCode(200).extract().header("ETag");
        given().header("If-None-Match", serverTag).get("/api/v1/servers/mcp-ssh/policy").then().statusCode(304);
    }
}

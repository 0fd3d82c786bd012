package io.mcpcatalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.mcpcatalog.CatalogTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** catalog.policy.path-root and catalog.policy.amount-cap set by the operator, and a request overriding them. */
@QuarkusTest
@TestProfile(PolicyConfigTest.OperatorSettings.class)
@WithTestResource(value = CatalogTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PolicyConfigTest {

    public static class OperatorSettings implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("catalog.policy.path-root", "/home/agent", "catalog.policy.amount-cap", "250");
        }
    }

    @Test
    void configuredRootConfinesPathsUnlessTheRequestNamesAnother() {
        given().get("/api/v1/servers/mcp-ssh/policy").then().statusCode(200)
                .body("tools.downloadFile.deny_if.on_deny", hasItems(
                        "Blocked: the path is outside /home/agent, the folder this gateway allows."));
        given().get("/api/v1/servers/mcp-ssh/policy?root=/srv").then().statusCode(200)
                .body("tools.downloadFile.deny_if.on_deny", hasItems(
                        "Blocked: the path is outside /srv, the folder this gateway allows."));
    }

    @Test
    void configuredCapAppliesToAmounts() {
        String tools = """
                {"tools":[{"name":"create_refund","description":"Refunds a payment to the customer's card.",
                  "inputSchema":{"type":"object","properties":{"amount":{"type":"number"}}}}]}""";
        given().header("Authorization", "Bearer " + CatalogTestResource.ADMIN_TOKEN).contentType("application/json")
                .body(tools).post("/api/v1/imports?server=Refund Demo").then().statusCode(200);
        given().get("/api/v1/servers/refund-demo/tools/create_refund/policy").then().statusCode(200)
                .body("tools.create_refund.deny_if[1].conditions[0].value", equalTo(250));
        given().get("/api/v1/servers/refund-demo/tools/create_refund/policy?cap=75").then().statusCode(200)
                .body("tools.create_refund.deny_if[1].conditions[0].value", equalTo(75));
    }
}

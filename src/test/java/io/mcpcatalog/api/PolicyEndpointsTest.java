package io.mcpcatalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mcpcatalog.CatalogTestResource;
import io.mcpcatalog.classify.Category;
import io.mcpcatalog.extract.ToolParam;
import io.mcpcatalog.policy.CedarCheck;
import io.mcpcatalog.policy.PolicySchemaCheck;
import io.mcpcatalog.policy.ToolPolicyInput;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Policy endpoints with ?profile=, ?format=, ?root=, ?cap= and ?download=, on the seeded Mcp Ssh server. */
@QuarkusTest
@WithTestResource(value = CatalogTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PolicyEndpointsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void strictBundleIsAValidPolicyJsonThatHidesAndBlocksExecuteTools() throws Exception {
        String body = given().get("/api/v1/servers/mcp-ssh/policy?profile=strict").then().statusCode(200)
                .contentType("application/json")
                .body("hide", hasItems("executeCommand", "deleteConnection"))
                .body("tools.executeCommand.deny_if[0].on_deny", equalTo("Blocked by default. Requires approval."))
                .body("tools.listTunnels.limits[0].max", equalTo(60))
                .extract().asString();
        assertEquals(Set.of(), PolicySchemaCheck.problems(JSON.readTree(body)));
    }

    @Test
    void everyProfileAndFormatGivesAValidDocument() throws Exception {
        String schema = CedarCheck.schemaText("mcp-ssh", serverTools());
        for (String profile : List.of("strict", "balanced", "permissive")) {
            String json = given().get("/api/v1/servers/mcp-ssh/policy?format=json&profile=" + profile).then()
                    .statusCode(200).contentType("application/json").extract().asString();
            assertEquals(Set.of(), PolicySchemaCheck.problems(JSON.readTree(json)), profile);
            String cedar = given().get("/api/v1/servers/mcp-ssh/policy?format=cedar&profile=" + profile).then()
                    .statusCode(200).contentType(containsString("text/plain")).extract().asString();
            assertEquals(List.of(), CedarCheck.problems(cedar, schema), profile + "\n" + cedar);
        }
    }

    @Test
    void toolPolicyTakesTheSameParameters() throws Exception {
        given().get("/api/v1/servers/mcp-ssh/tools/stopBackground/policy?profile=permissive").then().statusCode(200)
                .body("tools.stopBackground.limits[0].max", equalTo(60));
        String cedar = given().get("/api/v1/servers/mcp-ssh/tools/stopBackground/policy?format=cedar").then()
                .statusCode(200).extract().asString();
        assertEquals(List.of(), CedarCheck.problems(cedar, CedarCheck.schemaText("mcp-ssh", serverTools())));
        given().get("/api/v1/servers/mcp-ssh/tools/stopBackground/policy?profile=nope").then().statusCode(400);
    }

    @Test
    void rootConfinesPathArgumentsAndCapIsChecked() {
        given().get("/api/v1/servers/mcp-ssh/policy?root=/srv/data").then().statusCode(200)
                .body("tools.uploadFile.deny_if.on_deny", hasItems(
                        "Blocked: the path is outside /srv/data, the folder this gateway allows."));
        given().get("/api/v1/servers/mcp-ssh/policy").then().statusCode(200)
                .body("tools.uploadFile.deny_if.on_deny", hasItems("Blocked: the path contains a '..' segment."));
        given().get("/api/v1/servers/mcp-ssh/policy?cap=500").then().statusCode(200);
    }

    @Test
    void badParametersAreA400NamingWhatIsAccepted() {
        given().get("/api/v1/servers/mcp-ssh/policy?profile=lenient").then().statusCode(400)
                .body("message", equalTo("unknown profile 'lenient': use one of strict, balanced, permissive"));
        given().get("/api/v1/servers/mcp-ssh/policy?format=rego").then().statusCode(400)
                .body("message", equalTo("unknown format 'rego': use one of json, cedar"));
        given().get("/api/v1/servers/mcp-ssh/policy?root=relative/dir").then().statusCode(400)
                .body("message", containsString("absolute"));
        given().get("/api/v1/servers/mcp-ssh/policy?root=/srv/../etc").then().statusCode(400)
                .body("message", containsString(".."));
        given().get("/api/v1/servers/mcp-ssh/policy?cap=lots").then().statusCode(400)
                .body("message", containsString("cap"));
        given().get("/api/v1/servers/mcp-ssh/policy?cap=0").then().statusCode(400)
                .body("message", containsString("cap"));
        given().get("/api/v1/servers/mcp-ssh/policy?download=maybe").then().statusCode(400)
                .body("message", containsString("download"));
        given().get("/api/v1/servers/no-such/policy?profile=strict").then().statusCode(404);
    }

    @Test
    void etagsDifferPerProfileAndFormatAndAnswer304ForTheSameDocument() {
        String base = "/api/v1/servers/mcp-ssh/policy";
        String balanced = given().get(base).then().statusCode(200).extract().header("ETag");
        String strict = given().get(base + "?profile=strict").then().statusCode(200).extract().header("ETag");
        String cedar = given().get(base + "?format=cedar").then().statusCode(200).extract().header("ETag");
        assertNotEquals(balanced, strict);
        assertNotEquals(balanced, cedar);
        given().header("If-None-Match", strict).get(base + "?profile=strict").then().statusCode(304);
        given().header("If-None-Match", cedar).get(base + "?format=cedar").then().statusCode(304);
        given().header("If-None-Match", strict).get(base + "?profile=permissive").then().statusCode(200);
        given().header("If-None-Match", balanced).get(base + "?profile=balanced&format=json").then().statusCode(304);
    }

    @Test
    void downloadIsAnAttachmentNamedAfterServerProfileAndFormat() {
        given().get("/api/v1/servers/mcp-ssh/policy?profile=strict&format=cedar&download=true").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"mcp-ssh.strict.cedar\""));
        given().get("/api/v1/servers/mcp-ssh/tools/stopBackground/policy?download=true").then().statusCode(200)
                .header("Content-Disposition", equalTo("attachment; filename=\"mcp-ssh.stopBackground.balanced.json\""));
        given().get("/api/v1/servers/mcp-ssh/policy").then().statusCode(200).header("Content-Disposition", nullValue());
    }

    /** The server's tools with their parameters, as the API lists them, for the Cedar schema. */
    private static List<ToolPolicyInput> serverTools() throws Exception {
        JsonNode server = JSON.readTree(given().get("/api/v1/servers/mcp-ssh").then().extract().asString());
        List<ToolPolicyInput> tools = new ArrayList<>();
        for (JsonNode summary : server.path("tools")) {
            String name = summary.path("name").asText();
            JsonNode tool = JSON.readTree(given().get("/api/v1/servers/mcp-ssh/tools/" + name).then().extract().asString());
            List<ToolParam> params = new ArrayList<>();
            tool.path("params").forEach(p -> params.add(new ToolParam(p.path("name").asText(), p.path("type").asText(null),
                    p.path("required").asBoolean(), null, List.of())));
            tools.add(new ToolPolicyInput(name, Category.fromLabel(tool.path("category").asText()), params));
        }
        return tools;
    }
}

package io.mcpcatalog.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.mcpcatalog.CatalogTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** The admin import endpoint: token, validation, all-or-nothing writes, versions, and the index following. */
@QuarkusTest
@WithTestResource(value = CatalogTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class ImportResourceTest {

    private static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + CatalogTestResource.ADMIN_TOKEN).contentType("application/json");
    }

    private static String toolsList(String description) {
        return """
                {"tools":[
                  {"name":"delete_record","description":"%s","inputSchema":{"type":"object",
                    "properties":{"id":{"type":"string","description":"Record id"}},"required":["id"]}},
                  {"name":"list_records","description":"Lists records.","inputSchema":{"type":"object"}}]}"""
                .formatted(description);
    }

    @Test
    void withoutOrWithAWrongTokenIsA401() {
        given().contentType("application/json").body(toolsList("x")).post("/api/v1/imports?server=Nope")
                .then().statusCode(401).body("message", containsString("Bearer"));
        given().header("Authorization", "Bearer wrong").contentType("application/json").body(toolsList("x"))
                .post("/api/v1/imports?server=Nope").then().statusCode(401);
        given().get("/api/v1/servers/nope").then().statusCode(404);
    }

    @Test
    void malformedBodiesAreA400AndWriteNothing() {
        admin().body("{\"tools\": [").post("/api/v1/imports?server=Broken").then().statusCode(400)
                .body("message", containsString("not valid JSON"));
        admin().body("{\"tools\":[{\"name\":\"ok\",\"inputSchema\":{}},{\"name\":\"has space\",\"inputSchema\":{}}]}")
                .post("/api/v1/imports?server=Broken").then().statusCode(400)
                .body("problems[0]", containsString("$.tools[1].name"));
        admin().body(toolsList("x")).post("/api/v1/imports").then().statusCode(400)
                .body("message", containsString("?server=NAME"));
        admin().body("{\"hello\":1}").post("/api/v1/imports?server=Broken").then().statusCode(400);
        given().get("/api/v1/servers/broken").then().statusCode(404);
    }

    @Test
    void toolsListImportIsClassifiedSearchableAndVersioned() {
        admin().body(toolsList("Deletes a record.")).post("/api/v1/imports?server=Records Demo&repository=https://github.com/example/records-mcp")
                .then().statusCode(200)
                .body("servers", hasItem("records-mcp"))
                .body("toolsAdded", equalTo(2));
        given().get("/api/v1/servers/records-mcp").then().statusCode(200)
                .body("name", equalTo("Records Demo"))
                .body("canonicalName", equalTo("io.github.example/records-mcp"))
                .body("toolCount", equalTo(2));
        given().get("/api/v1/servers/records-mcp/tools/delete_record").then().statusCode(200)
                .body("category", equalTo("Destructive")).body("risk", equalTo("Critical")).body("version", equalTo(1));
        given().get("/api/v1/tools?q=delete record&server=records-mcp").then().statusCode(200)
                .body("items[0].name", equalTo("delete_record"));

        admin().body(toolsList("Deletes a record permanently.")).post("/api/v1/imports?server=Records Demo&repository=https://github.com/example/records-mcp")
                .then().statusCode(200).body("toolsChanged", equalTo(1)).body("toolsUnchanged", equalTo(1));
        given().get("/api/v1/servers/records-mcp/tools/delete_record").then().statusCode(200)
                .body("version", equalTo(2)).body("description", equalTo("Deletes a record permanently."))
                .body("findings.id", hasItem("finding-definition-changed"))
                .body("findings.find { it.id == 'finding-definition-changed' }.evidence.text", equalTo("Deletes a record."));
        given().get("/api/v1/servers/records-mcp/tools/list_records").then().statusCode(200)
                .body("findings.size()", equalTo(0));
    }

    @Test
    void snapshotImportSkipsBadRecordsAndReportsThem() {
        String snapshot = """
                {"format":"mcp-catalog-snapshot","formatVersion":1,"servers":[
                  {"name":"Weather Demo","repository":"https://github.com/example/weather-mcp",
                   "tools":[{"name":"get_forecast","description":"Gets the forecast.","inputSchema":{"type":"object"}}]},
                  {"name":"Broken Demo","repository":"https://github.com/example/broken-mcp",
                   "tools":[{"name":"","inputSchema":{}}]}]}""";
        admin().body(snapshot).post("/api/v1/imports").then().statusCode(200)
                .body("servers", hasItem("weather-mcp"))
                .body("skipped[0].location", equalTo("$.servers[1]"))
                .body("skipped[0].name", equalTo("Broken Demo"));
        given().get("/api/v1/servers/weather-mcp/tools/get_forecast").then().statusCode(200)
                .body("category", equalTo("Read"));
        given().get("/api/v1/servers/broken-mcp").then().statusCode(404);
    }

    @Test
    void aToolDroppedByALaterImportLeavesTheServer() {
        String two = """
                {"tools":[{"name":"a_tool","inputSchema":{}},{"name":"b_tool","inputSchema":{}}]}""";
        String one = """
                {"tools":[{"name":"a_tool","inputSchema":{}}]}""";
        admin().body(two).post("/api/v1/imports?server=Shrinking").then().statusCode(200);
        admin().body(one).post("/api/v1/imports?server=Shrinking").then().statusCode(200)
                .body("toolsRemoved", equalTo(1));
        given().get("/api/v1/servers/shrinking").then().statusCode(200).body("toolCount", equalTo(1));
        given().get("/api/v1/servers/shrinking/tools/b_tool").then().statusCode(404);
        given().get("/api/v1/tools?q=b_tool&server=shrinking").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void anExportedSnapshotImportsBackUnchanged() {
        String snapshot = given().get("/api/v1/snapshot").then().statusCode(200)
                .body("format", equalTo("mcp-catalog-snapshot"))
                .body("servers.find { it.slug == 'mcp-ssh' }.tools.size()", equalTo(23))
                .extract().asString();
        admin().body(snapshot).post("/api/v1/imports").then().statusCode(200)
                .body("toolsAdded", equalTo(0))
                .body("toolsChanged", equalTo(0))
                .body("toolsRemoved", equalTo(0));
    }

    @Test
    void aToolNameListedBySeveralServersIsAFindingOnEach() {
        admin().body("""
                        {"tools":[{"name":"getCurrentDirectory","description":"Prints the working folder.",
                          "inputSchema":{"type":"object"}}]}""")
                .post("/api/v1/imports?server=Folder Twin").then().statusCode(200);
        given().get("/api/v1/servers/mcp-ssh/tools/getCurrentDirectory").then().statusCode(200)
                .body("findings.id", hasItem("finding-name-on-several-servers"))
                .body("findings.message", hasItem(containsString("(folder-twin)")));
        given().get("/api/v1/servers/folder-twin/tools/getCurrentDirectory").then().statusCode(200)
                .body("findings.message", hasItem(containsString("(mcp-ssh)")));
        given().get("/api/v1/servers/mcp-ssh/tools/listTunnels").then().statusCode(200)
                .body("findings.id", not(hasItem("finding-name-on-several-servers")));
    }
}

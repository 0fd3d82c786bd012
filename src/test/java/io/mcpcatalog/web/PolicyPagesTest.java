package io.mcpcatalog.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.mcpcatalog.CatalogTestResource;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The policy parts of the risk pages: every profile and format with download and copy, checks in words, escaping. */
@QuarkusTest
@WithTestResource(value = CatalogTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class PolicyPagesTest {

    @Test
    void serverPageOffersTheBundleInEveryProfileAndFormat() {
        var page = given().get("/servers/mcp-ssh").then().statusCode(200);
        for (String profile : new String[] {"strict", "balanced", "permissive"}) {
            for (String format : new String[] {"json", "cedar"}) {
                page.body(containsString("data-copy=\"policy-" + profile + "-" + format + "\""))
                        .body(containsString("<pre id=\"policy-" + profile + "-" + format + "\">"))
                        .body(containsString("href=\"/api/v1/servers/mcp-ssh/policy?profile=" + profile + "&amp;format="
                                + format + "&amp;download=true\""));
            }
        }
        page.body(containsString("<details class=\"bundle\" open>"))
                .body(containsString("action == AgentCore::Action::&quot;mcp-ssh___stopBackground&quot;"))
                .body(containsString("Destructive and Financial tools blocked until approved"));
    }

    @Test
    void toolPageExplainsEachCheckAndWhatIsNotConfined() {
        given().get("/servers/mcp-ssh/tools/executeCommand").then().statusCode(200)
                .body(containsString("Calls whose &#39;command&#39; argument recursively deletes /"))
                .body(containsString("&#39;cwd&#39; is a file path, but no root folder is set"))
                .body(containsString("catalog.policy.path-root"))
                .body(containsString("<td>strict</td>"))
                .body(containsString("/api/v1/servers/mcp-ssh/tools/executeCommand/policy?profile=strict&amp;format=cedar&amp;download=true"));
    }

    @Test
    void hostileParameterNamesAreEscapedInEveryFormat() {
        String hostile = """
                {"tools":[{"name":"run_shell","description":"Executes a shell command on the host and returns its output.",
                  "inputSchema":{"type":"object","properties":{"com<>mand":{"type":"string"}}}}]}""";
        given().header("Authorization", "Bearer " + CatalogTestResource.ADMIN_TOKEN).contentType("application/json")
                .body(hostile).post("/api/v1/imports?server=Hostile Policy Demo").then().statusCode(200);
        given().get("/servers/hostile-policy-demo").then().statusCode(200)
                .body(containsString("args.com&lt;&gt;mand"))
                .body(containsString("context.input[&quot;com&lt;&gt;mand&quot;]"))
                .body(not(containsString("com<>mand")));
        given().get("/servers/hostile-policy-demo/tools/run_shell").then().statusCode(200)
                .body(containsString("&#39;com&lt;&gt;mand&#39;"))
                .body(not(containsString("com<>mand")));
    }
}

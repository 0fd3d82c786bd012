package io.mcpcatalog.mcp;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mcpcatalog.CatalogTestResource;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The catalog's MCP endpoint, spoken to by the MCP Java SDK client over streamable HTTP. */
@QuarkusTest
@WithTestResource(value = CatalogTestResource.class, scope = TestResourceScope.MATCHING_RESOURCES)
class CatalogMcpServerTest {

    @TestHTTPResource("/")
    URL base;

    private McpSyncClient client;

    @BeforeEach
    void connect() {
        HttpClientStreamableHttpTransport transport = HttpClientStreamableHttpTransport
                .builder(base.toString().replaceAll("/$", "")).endpoint("/mcp").build();
        // Schema caching makes the client check every structured result against the tool's output schema.
        client = McpClient.sync(transport).requestTimeout(Duration.ofSeconds(30))
                .jsonSchemaValidator(new OutputSchemaValidator()).enableCallToolSchemaCaching(true).build();
        McpSchema.InitializeResult init = client.initialize();
        assertEquals("mcp-risk-catalog", init.serverInfo().name());
    }

    @AfterEach
    void disconnect() {
        client.closeGracefully();
    }

    @Test
    void listsThreeReadOnlyToolsWithDescribedArguments() {
        List<McpSchema.Tool> tools = client.listTools().tools();
        assertEquals(List.of("check_tool_risk", "get_server_policy", "search_tools"),
                tools.stream().map(McpSchema.Tool::name).sorted().toList());
        for (McpSchema.Tool tool : tools) {
            assertTrue(tool.annotations().readOnlyHint(), tool.name());
            assertFalse(tool.annotations().destructiveHint(), tool.name());
            assertFalse(tool.description().isBlank(), tool.name());
            Map<String, Object> properties = map(tool.inputSchema().get("properties"));
            assertFalse(properties.isEmpty(), tool.name());
            properties.forEach((name, schema) ->
                    assertFalse(String.valueOf(map(schema).get("description")).isBlank(), tool.name() + "." + name));
        }
        McpSchema.Tool check = tools.stream().filter(t -> t.name().equals("check_tool_risk")).findFirst().orElseThrow();
        assertEquals(List.of("tool"), check.inputSchema().get("required"));
    }

    @Test
    void checkToolRiskGivesStopBackgroundExecuteHighWithTheTaxonomyPolicy() {
        Map<String, Object> answer = success(call("check_tool_risk",
                Map.of("server", "mcp-ssh", "tool", "stopBackground")));
        assertEquals("Execute", answer.get("category"));
        assertEquals("High", answer.get("risk"));
        assertEquals("catalog", answer.get("source"));
        assertEquals(List.of("shell"), list(answer.get("capabilities")).stream().map(tag -> tag.get("capability"))
                .toList());
        String rationale = String.valueOf(answer.get("rationale"));
        assertTrue(rationale.contains("not Destructive"), rationale);
        assertEquals(Map.of("version", "1", "default", "deny", "tools", Map.of("stopBackground", Map.of("limits",
                List.of(Map.of("counter", "stopbackground_rate", "window", "minute", "max", 10, "scope", "grant"))))),
                answer.get("policy"));
        Map<String, Object> byName = success(call("check_tool_risk",
                Map.of("server", "Mcp Ssh", "tool", "stopBackground")));
        assertEquals("mcp-ssh", byName.get("server"));
    }

    @Test
    void checkToolRiskClassifiesAnUnknownDefinitionWithoutStoringIt() {
        Map<String, Object> answer = success(call("check_tool_risk", Map.of("server", "Bucket Tools",
                "tool", "purge_bucket", "description", "Permanently deletes every object in a storage bucket.",
                "inputSchema", Map.of("type", "object", "properties", Map.of("bucket", Map.of("type", "string")),
                        "required", List.of("bucket")))));
        assertEquals("on-demand", answer.get("source"));
        assertEquals("Destructive", answer.get("category"));
        assertEquals("Critical", answer.get("risk"));
        assertTrue(map(map(answer.get("policy")).get("tools")).containsKey("purge_bucket"));
        given().get("/api/v1/servers/bucket-tools").then().statusCode(404);
        Map<String, Object> unnamed = success(call("check_tool_risk", Map.of("tool", "list_buckets",
                "description", "Lists the storage buckets of the account.")));
        assertEquals("Read", unnamed.get("category"));
        assertFalse(unnamed.containsKey("server"));
        Map<String, Object> search = success(call("search_tools", Map.of("query", "purge bucket")));
        assertEquals(0, ((Number) search.get("total")).intValue());
    }

    @Test
    void searchFindsStopBackgroundAmongTheFirstResults() {
        Map<String, Object> answer = success(call("search_tools", Map.of("query", "background", "limit", 4)));
        List<Map<String, Object>> hits = list(answer.get("tools"));
        assertEquals(4, hits.size());
        assertTrue(hits.stream().anyMatch(hit -> hit.get("tool").equals("stopBackground")), hits.toString());
        assertTrue(((Number) answer.get("total")).intValue() >= 4);
        Map<String, Object> filtered = success(call("search_tools",
                Map.of("query", "background", "category", "read", "server", "mcp-ssh")));
        assertFalse(list(filtered.get("tools")).isEmpty());
        list(filtered.get("tools")).forEach(hit -> assertEquals("Read", hit.get("category")));
        Map<String, Object> touching = success(call("search_tools",
                Map.of("query", "", "capability", "Credentials", "server", "mcp-ssh")));
        assertEquals(List.of("connect"), list(touching.get("tools")).stream().map(hit -> hit.get("tool")).toList());
    }

    @Test
    void getServerPolicyGivesTheBundleOfEveryTool() {
        Map<String, Object> answer = success(call("get_server_policy", Map.of("server", "mcp-ssh")));
        assertEquals("balanced", answer.get("profile"));
        assertEquals(23, ((Number) answer.get("toolCount")).intValue());
        Map<String, Object> policy = map(answer.get("policy"));
        assertEquals("deny", policy.get("default"));
        assertEquals(23, map(policy.get("tools")).size());
        assertEquals("Blocked by default. Requires approval.", map(list(map(map(policy.get("tools"))
                .get("deleteConnection")).get("deny_if")).get(0)).get("on_deny"));

        Map<String, Object> strict = success(call("get_server_policy", Map.of("server", "mcp-ssh", "profile", "Strict")));
        assertEquals("strict", strict.get("profile"));
        assertNotEquals(policy, strict.get("policy"), "the strict bundle differs from the balanced one");
    }

    @Test
    void unknownServersAndCatalogToolsAreToolErrorsThatSayWhatToDo() {
        assertError(call("check_tool_risk", Map.of("server", "mcp-ssh", "tool", "formatDisk")),
                "Server 'mcp-ssh' has no tool named 'formatDisk'");
        assertError(call("check_tool_risk", Map.of("server", "no-such-server", "tool", "x")),
                "No server 'no-such-server'");
        assertError(call("check_tool_risk", Map.of("server", "ssh", "tool", "x")), "mcp-ssh");
        assertError(call("get_server_policy", Map.of("server", "nowhere")), "No server 'nowhere'");
        assertError(call("search_tools", Map.of("query", "x", "server", "nowhere")), "No server 'nowhere'");
        McpError unknownMcpTool = assertThrows(McpError.class, () -> call("no_such_tool", Map.of()));
        assertTrue(unknownMcpTool.getMessage().contains("no_such_tool"), unknownMcpTool.getMessage());
    }

    @Test
    void badArgumentsAreToolErrorsWithAMessage() {
        assertError(call("check_tool_risk", Map.of("server", "mcp-ssh")), "Missing required argument: tool");
        assertError(call("check_tool_risk", Map.of("tool", "stopBackground")), "Give 'server'");
        assertError(call("check_tool_risk", Map.of("tool", " ", "server", "mcp-ssh")), "'tool' must not be empty");
        assertError(call("check_tool_risk", Map.of("tool", "bad name", "description", "Runs things.")),
                "The tool definition is invalid: name: does not match");
        assertError(call("check_tool_risk", Map.of("tool", "x", "inputSchema", "not an object")), "inputSchema");
        assertError(call("search_tools", Map.of("query", "x", "category", "Dangerous")),
                "unknown category 'Dangerous'");
        assertError(call("search_tools", Map.of("query", "x", "risk", "extreme")), "unknown risk 'extreme'");
        assertError(call("search_tools", Map.of("query", "x", "limit", 0)), "limit must be between 1 and 100");
        assertError(call("search_tools", Map.of("query", "x", "limit", "many")), "limit");
        assertError(call("get_server_policy", Map.of("server", "mcp-ssh", "profile", "lenient")),
                "unknown profile 'lenient'");
    }

    private McpSchema.CallToolResult call(String tool, Map<String, Object> arguments) {
        return client.callTool(new McpSchema.CallToolRequest(tool, arguments));
    }

    private static Map<String, Object> success(McpSchema.CallToolResult result) {
        assertNotEquals(Boolean.TRUE, result.isError(), () -> text(result));
        return map(result.structuredContent());
    }

    private static void assertError(McpSchema.CallToolResult result, String expected) {
        assertEquals(Boolean.TRUE, result.isError(), () -> text(result));
        String message = text(result);
        assertTrue(message.contains(expected), message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), message);
    }

    private static String text(McpSchema.CallToolResult result) {
        return result.content().stream().filter(McpSchema.TextContent.class::isInstance)
                .map(content -> ((McpSchema.TextContent) content).text()).reduce("", String::concat);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return (List<Map<String, Object>>) value;
    }
}

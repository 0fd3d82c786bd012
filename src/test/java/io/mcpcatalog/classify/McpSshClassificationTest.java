package io.mcpcatalog.classify;

import io.mcpcatalog.extract.ToolDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static io.mcpcatalog.classify.Category.DESTRUCTIVE;
import static io.mcpcatalog.classify.Category.EXECUTE;
import static io.mcpcatalog.classify.Category.READ;
import static io.mcpcatalog.classify.Category.WRITE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/** The headline server of TAXONOMY.md: the 23 tools of "Mcp Ssh", each in its expected category. */
class McpSshClassificationTest {

    private static final ServerContext MCP_SSH = new ServerContext("Mcp Ssh", "SSH connections for MCP clients");
    private static final Map<String, Category> EXPECTED = Map.ofEntries(
            Map.entry("listConnections", READ), Map.entry("getConnection", READ),
            Map.entry("getCurrentDirectory", READ), Map.entry("getFileTransferStatus", READ),
            Map.entry("listFileTransfers", READ), Map.entry("listActiveSessions", READ),
            Map.entry("listBackgroundTasks", READ), Map.entry("listTunnels", READ),
            Map.entry("connect", WRITE), Map.entry("disconnect", WRITE), Map.entry("uploadFile", WRITE),
            Map.entry("downloadFile", WRITE), Map.entry("batchUploadFiles", WRITE),
            Map.entry("batchDownloadFiles", WRITE), Map.entry("createTunnel", WRITE), Map.entry("closeTunnel", WRITE),
            Map.entry("executeCommand", EXECUTE), Map.entry("backgroundExecute", EXECUTE),
            Map.entry("stopBackground", EXECUTE), Map.entry("stopAllBackgroundTasks", EXECUTE),
            Map.entry("mcp_ssh_mcp_createTerminalSession", EXECUTE), Map.entry("mcp_ssh_mcp_writeToTerminal", EXECUTE),
            Map.entry("deleteConnection", DESTRUCTIVE));

    private static ToolClassifier classifier;
    private static Map<String, ToolDefinition> tools;

    @BeforeAll
    static void load() {
        classifier = new ToolClassifier(RuleLoader.fromClasspath());
        List<ToolDefinition> list = ToolsListFixture.load("fixtures/mcp-ssh.tools-list.json");
        tools = list.stream().collect(Collectors.toMap(ToolDefinition::name, tool -> tool));
        assertEquals(23, list.size());
        assertEquals(EXPECTED.keySet(), tools.keySet());
    }

    @TestFactory
    Stream<DynamicTest> everyToolIsInItsCategory() {
        return EXPECTED.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(expected -> dynamicTest(
                expected.getKey() + " is " + expected.getValue().label(), () -> {
                    Classification result = classifier.classify(tools.get(expected.getKey()), MCP_SSH);
                    assertEquals(expected.getValue(), result.category(), result.rationale());
                    assertEquals(expected.getValue().risk(), result.risk());
                }));
    }

    @Test
    void stopBackgroundIsExecuteBecauseStoppingIsReversible() {
        Classification result = classifier.classify(tools.get("stopBackground"), MCP_SSH);

        assertEquals(EXECUTE, result.category(), result.rationale());
        assertEquals(Risk.HIGH, result.risk());
        assertTrue(result.confidence() >= 0.7, "confidence " + result.confidence());
        assertTrue(result.rationale().contains("not Destructive"), result.rationale());
        assertTrue(result.rationale().contains("stopping is reversible"), result.rationale());
        assertTrue(result.rationale().contains("'stopBackground'"), result.rationale());
        assertFalse(result.evidence().isEmpty());
        assertTrue(result.evidence().stream().anyMatch(evidence -> evidence.rule().equals("name-process-control")
                && evidence.field().equals("name") && evidence.text().equals("stop background")), result.evidence()
                .toString());
        assertTrue(result.findings().isEmpty());
    }

    @Test
    void capabilitiesSayWhatEachToolTouches() {
        assertEquals(List.of("shell", "network", "credentials"), capabilities("connect"));
        assertEquals(List.of("filesystem", "shell", "network"), capabilities("executeCommand"));
        assertEquals(List.of("shell"), capabilities("stopBackground"));
        assertEquals(List.of("shell", "network"), capabilities("createTunnel"));
        Classification connect = classifier.classify(tools.get("connect"), MCP_SSH);
        assertEquals(new Evidence("capability-credentials-param", "param", "password string"),
                connect.capabilities().get(2).evidence());
    }

    private static List<String> capabilities(String tool) {
        return classifier.classify(tools.get(tool), MCP_SSH).capabilityLabels();
    }
}

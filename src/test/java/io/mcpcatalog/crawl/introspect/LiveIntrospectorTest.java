package io.mcpcatalog.crawl.introspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The introspector alone against the hostile server, without a sandbox (the runner tests cover the sandbox). */
class LiveIntrospectorTest {

    private static final IntrospectionLimits LIMITS = new IntrospectionLimits(Duration.ofSeconds(3),
            Duration.ofSeconds(3), 1024 * 1024, 5);

    private final LiveIntrospector introspector = new LiveIntrospector(Sandbox.none("test"),
            Path.of(System.getProperty("java.io.tmpdir"), "mcp-introspect-test"), ServerEnvironment.DEFAULT_PATH,
            LIMITS);

    @Test
    void listsEveryPageAndWhatTheServerSaysOfItself() throws IntrospectionFailure {
        Introspection result = introspector.stdio(command("ok"));
        assertEquals("hostile-ok", result.serverName());
        assertEquals("6.6.6", result.serverVersion());
        assertEquals(2, result.pages());
        assertEquals(2, result.toolsList().path("tools").size());
        assertEquals("delete_note", result.toolsList().path("tools").get(1).path("name").asText());
        assertTrue(result.protocolVersion().matches("\\d{4}-\\d{2}-\\d{2}"), result.protocolVersion());
    }

    @Test
    void eachHostileModeFailsWithItsReason() {
        assertReason("hang-initialize", "timed out starting: no answer to initialize within 3 s");
        assertReason("hang-list", "timed out listing: tools/list not answered in full within");
        assertReason("flood-lines", "output over the limit of 1048576 bytes during initialize");
        assertReason("flood-no-newline", "output over the limit of 1048576 bytes during initialize");
        assertReason("garbage", "answered invalid JSON-RPC during initialize: 'this is not JSON-RPC at all'");
        assertReason("exit-mid-answer", "exited with code 3 during initialize: in the middle of a message");
        assertReason("error-initialize", "answered initialize with an error: -32603 I will not be introspected");
        assertReason("no-tools", "the server declares no tools capability");
        assertReason("cursor-loop", "tool list invalid: tools/list paging loops, cursor 'same' came back on page 3");
        assertReason("endless-pages", "tool list invalid: more than 5 tools/list pages");
        assertReason("wrong-types", "tool list invalid: ");
    }

    @Test
    void withoutSandboxTooTheChildIsKilledAndNoVariableIsInherited() throws Exception {
        String marker = HostileServer.marker();
        introspector.stdio(new ServerCommand(HostileServer.command("spawn-child"), Map.of("HOSTILE_MARKER", marker), null));
        assertEquals(List.of(), HostileServer.processesMarked(marker));
        Introspection env = introspector.stdio(command("env"));
        JsonNode seen = new ObjectMapper().readTree(env.toolsList().path("tools").get(0).path("description").asText());
        Set<String> names = new TreeSet<>();
        seen.fieldNames().forEachRemaining(names::add);
        names.removeAll(Set.of("PWD"));
        assertEquals(new TreeSet<>(Set.of("PATH", "HOME", "TMPDIR")), names);
    }

    private void assertReason(String mode, String expected) {
        IntrospectionFailure failure = assertThrows(IntrospectionFailure.class, () -> introspector.stdio(command(mode)),
                mode);
        assertTrue(failure.getMessage().startsWith(expected), mode + ": " + failure.getMessage());
    }

    private static ServerCommand command(String mode) {
        return new ServerCommand(HostileServer.command(mode), Map.of(), null);
    }
}

package io.mcpcatalog.classify;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Remembering a server's kinds gives the answers deciding them each time would. */
class ServerKindMemoTest {

    private static final List<Rule> RULES = RuleLoader.fromClasspath();

    @Test
    void answersAsTheRuleDoesForEveryServerAndKind() {
        ServerKindMemo memo = new ServerKindMemo();
        List<ServerContext> servers = List.of(ServerContext.UNKNOWN, new ServerContext("Mcp Ssh", "SSH connections"),
                new ServerContext("stripe", "Payments infrastructure"), new ServerContext("shellfish-recipes", ""),
                new ServerContext("Playwright", "Browser automation"));
        for (int round = 0; round < 2; round++) {
            for (ServerContext server : servers) {
                for (Rule rule : RULES) {
                    assertEquals(rule.admits(server), memo.of(server).admit(rule), rule.id() + " on " + server);
                }
            }
        }
        Rule shellOnly = RULES.stream().filter(rule -> rule.serverKind() != null
                && rule.serverKind().name().equals("shell")).findFirst().orElseThrow();
        assertTrue(memo.of(new ServerContext("Mcp Ssh", "SSH connections")).admit(shellOnly));
        assertFalse(memo.of(new ServerContext("shellfish-recipes", "")).admit(shellOnly));
        // The package is an installer; the server it sets up runs no commands.
        assertFalse(memo.of(new ServerContext("Commercetools",
                "A command line tool for setting up commercetools MCP server")).admit(shellOnly));
        assertTrue(memo.of(new ServerContext("cli", "Runs command line operations")).admit(shellOnly));
        Rule deviceOnly = RULES.stream().filter(rule -> rule.serverKind() != null
                && rule.serverKind().name().equals("device")).findFirst().orElseThrow();
        assertTrue(memo.of(new ServerContext("windows-mcp",
                "Lightweight MCP Server for interacting with Windows Operating System.")).admit(deviceOnly));
    }
}

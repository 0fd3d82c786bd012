package io.mcpcatalog.classify;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class NameWordsTest {

    @Test
    void splitsEveryNamingStyle() {
        assertEquals(List.of("stop", "background"), NameWords.split("stopBackground"));
        assertEquals(List.of("delete", "file"), NameWords.split("delete_file"));
        assertEquals(List.of("git", "force", "push"), NameWords.split("git-force-push"));
        assertEquals(List.of("get", "html", "page", "2"), NameWords.split("getHTMLPage2"));
        assertEquals(List.of("base", "64", "encode"), NameWords.split("base64Encode"));
        assertEquals(List.of("format"), NameWords.split("format"));
        assertEquals(List.of(), NameWords.split("__"));
    }

    @Test
    void dropsTheClientAndServerPrefix() {
        ServerContext mcpSsh = new ServerContext("Mcp Ssh", "");
        assertEquals("create terminal session", NameWords.of("mcp_ssh_mcp_createTerminalSession", mcpSsh));
        assertEquals("create issue", NameWords.of("mcp__github__create_issue", new ServerContext("github", "")));
        assertEquals("ssh connect", NameWords.of("mcp_ssh_connect", ServerContext.UNKNOWN));
        assertEquals("list orders", NameWords.of("mb_list_orders", new ServerContext("mcp-mercado-bitcoin", "")));
        assertEquals("ha list entities", NameWords.of("ha_list_entities", new ServerContext("homeassistant", "")));
        assertEquals("list entities", NameWords.of("ha_list_entities", new ServerContext("Home Assistant MCP", "")));
        assertEquals("mb", NameWords.of("mb", new ServerContext("mcp-mercado-bitcoin", "")));
    }

    @Test
    void dropsATrailingToolSuffixAfterTwoWordsOrWhenCapitalised() {
        ServerContext box = new ServerContext("box", "");
        assertEquals("users locate by name", NameWords.of("box_users_locate_by_name_tool", box));
        assertEquals("get tool", NameWords.of("get_tool", ServerContext.UNKNOWN));
        assertEquals("list tools", NameWords.of("list_tools", ServerContext.UNKNOWN));
        assertEquals("delete tool", NameWords.of("box_delete_tool", box));
        assertEquals("key", NameWords.of("Key-Tool", ServerContext.UNKNOWN));
        assertEquals("move", NameWords.of("MoveTool", ServerContext.UNKNOWN));
        assertEquals("tool", NameWords.of("Tool", ServerContext.UNKNOWN));
    }

    @Test
    void dropsTheActionProviderThatAgentKitPutsInFront() {
        assertEquals("transfer nft", NameWords.of("BaseMcpNftActionProvider_transfer_nft", ServerContext.UNKNOWN));
        assertEquals("wallet provider balance", NameWords.of("wallet_provider_balance", ServerContext.UNKNOWN));
        assertEquals("provider", NameWords.of("Provider_", ServerContext.UNKNOWN));
    }

    @Test
    void dropsAKebabCaseNamespaceBeforeASnakeCaseName() {
        assertEquals("click and traverse", NameWords.of("macos-use_click_and_traverse", ServerContext.UNKNOWN));
        assertEquals("get user info v 2", NameWords.of("get-user_info-v2", ServerContext.UNKNOWN));
        assertEquals("create issue", NameWords.of("create_issue", ServerContext.UNKNOWN));
        assertEquals("macos use", NameWords.of("macos-use_", ServerContext.UNKNOWN));
    }

    @Test
    void keepsTheLastWordEvenWhenItIsAPrefix() {
        assertEquals("git", NameWords.of("git", new ServerContext("git", "")));
    }
}

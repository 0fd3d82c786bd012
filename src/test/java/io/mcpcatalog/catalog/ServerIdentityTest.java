package io.mcpcatalog.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServerIdentityTest {

    @Test
    void githubRepositoryGivesRegistryStyleName() {
        ServerIdentity id = ServerIdentity.fromRepository("https://github.com/shuakami/mcp-ssh", "", null);
        assertEquals("io.github.shuakami/mcp-ssh", id.canonicalName());
        assertEquals("mcp-ssh", id.slug());
        assertEquals("Mcp Ssh", id.displayName());
    }

    @Test
    void subFolderServerIsNamedAfterItsFolder() {
        ServerIdentity id = ServerIdentity.fromRepository("git@github.com:Org/monorepo.git", "servers/git/", "Git");
        assertEquals("io.github.org/monorepo/servers/git", id.canonicalName());
        assertEquals("git", id.slug());
        assertEquals("Git", id.displayName());
    }

    @Test
    void aGenericFolderOrPackageNameKeepsItsRepositoryOrScope() {
        ServerIdentity context7 = ServerIdentity.fromRepository("https://github.com/upstash/context7.git", "packages/mcp", null);
        assertEquals("context7-mcp", context7.slug());
        assertEquals("io.github.upstash/context7/packages/mcp", context7.canonicalName());
        assertEquals("playwright-mcp", ServerIdentity.npmSlug("@playwright/mcp"));
        assertEquals("server-github", ServerIdentity.npmSlug("@modelcontextprotocol/server-github"));
        assertEquals("mcp", ServerIdentity.npmSlug("mcp"));
    }

    @Test
    void nameOnlyServerGetsALocalIdentity() {
        ServerIdentity id = ServerIdentity.fromName("My Server!");
        assertEquals("local/my-server", id.canonicalName());
        assertEquals("my-server", id.slug());
    }

    @Test
    void slugsAreValidated() {
        assertTrue(ServerIdentity.isValidSlug("mcp-ssh"));
        assertFalse(ServerIdentity.isValidSlug("Mcp Ssh"));
        assertFalse(ServerIdentity.isValidSlug("-x"));
    }
}

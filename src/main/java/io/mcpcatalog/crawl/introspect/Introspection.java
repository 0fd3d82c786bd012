package io.mcpcatalog.crawl.introspect;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a running server said of itself: its serverInfo name, version and description (else the start of its
 * instructions; null when it gave neither), the protocol version it agreed to, and its whole tool list as one
 * tools/list result ({"tools": [...]}, every page joined), not yet validated.
 */
public record Introspection(String serverName, String serverVersion, String description, String protocolVersion,
                            ObjectNode toolsList, int pages, String transport, SandboxLevel sandbox) {
}

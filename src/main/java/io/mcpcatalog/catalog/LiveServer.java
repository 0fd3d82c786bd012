package io.mcpcatalog.catalog;

import java.time.OffsetDateTime;

/**
 * What a running server said of itself when it was introspected: its serverInfo name and version, the protocol
 * version agreed, the npm package run (null for a command or URL), the transport and the sandbox it ran in.
 */
public record LiveServer(String serverName, String serverVersion, String protocolVersion, String packageName,
                         String packageVersion, String transport, String sandbox, OffsetDateTime introspectedAt) {
}

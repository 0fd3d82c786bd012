package io.mcpcatalog.crawl;

import io.mcpcatalog.catalog.ServerIdentity;
import io.mcpcatalog.catalog.ServerImport;
import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.ScannedServer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The servers a scan found, as catalog imports: identity from the repository and folder (the scanned sub-folder
 * joined to the server's path in it), tools as found. A display name is given to a lone server only.
 */
final class CrawlImports {

    private CrawlImports() {
    }

    static List<ServerImport> from(ScanOutcome outcome, String subFolder, String displayName) {
        OffsetDateTime crawledAt = OffsetDateTime.now(ZoneOffset.UTC);
        String name = outcome.scan().servers().size() == 1 ? displayName : null;
        return outcome.scan().servers().stream().map(server -> {
            String path = join(subFolder, server.path());
            return new ServerImport(identity(outcome, server, path, name), outcome.repository(), path,
                    server.language(), server.description(), outcome.commit(), crawledAt,
                    server.tools().stream().map(ExtractedTool::definition).toList());
        }).toList();
    }

    private static ServerIdentity identity(ScanOutcome outcome, ScannedServer server, String path, String name) {
        if (outcome.repository() != null) {
            return ServerIdentity.fromRepository(outcome.repository(), path, name);
        }
        return ServerIdentity.fromName(name == null ? server.name() : name);
    }

    private static String join(String subFolder, String path) {
        String base = subFolder.replaceAll("^/+|/+$", "");
        if (base.isEmpty() || path == null || path.isEmpty()) {
            return base.isEmpty() ? (path == null ? "" : path) : base;
        }
        return base + "/" + path;
    }
}

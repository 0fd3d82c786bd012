package io.mcpcatalog.crawl;

import io.mcpcatalog.catalog.ServerIdentity;
import io.mcpcatalog.catalog.ServerImport;
import io.mcpcatalog.extract.ExtractedTool;
import io.mcpcatalog.extract.ScannedServer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The servers a scan found, as catalog imports: identity from the repository and folder, tools as found. */
final class CrawlImports {

    private CrawlImports() {
    }

    static List<ServerImport> from(ScanOutcome outcome) {
        OffsetDateTime crawledAt = OffsetDateTime.now(ZoneOffset.UTC);
        return outcome.scan().servers().stream().map(server -> new ServerImport(identity(outcome, server),
                outcome.repository(), server.path(), server.language(), "", outcome.commit(), crawledAt,
                server.tools().stream().map(ExtractedTool::definition).toList())).toList();
    }

    private static ServerIdentity identity(ScanOutcome outcome, ScannedServer server) {
        if (outcome.repository() != null) {
            return ServerIdentity.fromRepository(outcome.repository(), server.path(), null);
        }
        return ServerIdentity.fromName(server.name());
    }
}

package io.mcpcatalog.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mcpcatalog.catalog.ServerImport;
import io.mcpcatalog.extract.RepositoryExtractor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Crawls a git repository (or a folder on the server): scans its code and imports the servers and tools found.
 * Incremental: when the remote still stands at the commit of the last crawl, nothing is cloned or extracted. A scan
 * that ran out of time imports nothing, since a partial tool list would remove the tools it did not reach.
 */
@ApplicationScoped
public class GitJobRunner implements CrawlJobRunner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SourceScanner scanner = new SourceScanner(RepositoryExtractor.withAllExtractors());

    @Inject
    JobImports imports;

    @Override
    public Set<String> kinds() {
        return Set.of("git");
    }

    @Override
    public CrawlResult run(CrawlRequest request) throws CrawlFailure {
        String subFolder = request.spec().path("path").asText("");
        try {
            if (request.lastVersion() != null && GitSource.isGitUrl(request.source())
                    && RemoteHead.isAt(GitSource.parse(request.source()), request.lastVersion())) {
                return new CrawlResult(request.lastVersion(), true, 0, 0, null, "[]");
            }
            ScanOutcome outcome = scanner.scan(request.source(), subFolder, SourceScanner.DEFAULT_BUDGET);
            if (outcome.scan().timedOut()) {
                throw new CrawlFailure("the scan ran out of its time budget of "
                        + SourceScanner.DEFAULT_BUDGET.toMinutes() + " minutes; nothing was imported");
            }
            List<ServerImport> servers = CrawlImports.from(outcome, subFolder, request.spec().path("name").asText(null));
            CrawlResult found = new CrawlResult(outcome.commit(), false, servers.size(), outcome.scan().toolCount(),
                    null, problems(outcome));
            return servers.isEmpty() ? found : imports.importFound(request, servers, found);
        } catch (IOException e) {
            throw new CrawlFailure(e.getMessage(), e);
        }
    }

    private static String problems(ScanOutcome outcome) {
        List<Object> all = new ArrayList<>(outcome.scan().problems());
        all.addAll(outcome.skipped());
        try {
            return JSON.writeValueAsString(all);
        } catch (JsonProcessingException e) {
            return "[]";
        }
    }
}

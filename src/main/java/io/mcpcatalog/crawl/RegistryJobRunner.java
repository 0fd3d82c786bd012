package io.mcpcatalog.crawl;

import com.fasterxml.jackson.databind.JsonNode;
import io.mcpcatalog.catalog.Sha256;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Crawls an MCP registry: reads its server.json entries and queues a job for the sources behind each (its
 * repository as a git job, its npm or PyPI package as an introspection job). They are queued at every crawl, even
 * when the registry is unchanged, so that its servers are checked again; their own jobs skip what did not change.
 * The version is a digest of the entries.
 */
@ApplicationScoped
public class RegistryJobRunner implements CrawlJobRunner {

    @Inject
    CrawlQueue queue;

    @Override
    public Set<String> kinds() {
        return Set.of("registry");
    }

    @Override
    public CrawlResult run(CrawlRequest request) throws CrawlFailure {
        List<JsonNode> entries;
        try {
            entries = RegistryReader.read(request.spec());
        } catch (IOException e) {
            throw new CrawlFailure("cannot read the registry " + request.source() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CrawlFailure("interrupted while reading the registry " + request.source(), e);
        }
        Map<String, CrawlSource> sources = new LinkedHashMap<>();
        entries.forEach(entry -> RegistryEntries.sources(entry).forEach(source -> sources.putIfAbsent(source.key(), source)));
        queue.enqueueAll(List.copyOf(sources.values()));
        String version = Sha256.hex(entries.toString(), 16);
        return new CrawlResult(version, version.equals(request.lastVersion()), entries.size(), 0, null, "[]");
    }
}

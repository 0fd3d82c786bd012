package io.mcpcatalog.catalog;

import io.mcpcatalog.classify.Classification;
import io.mcpcatalog.extract.ToolDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a validated, classified import in one transaction: all of it or nothing. Each server's tool list is
 * complete, so a tool it no longer lists is marked removed; a changed tool gets a new version, never an edit.
 * Every tool whose state a gateway sees changed moves up the feed in the same transaction.
 * Code and introspection of the same server are merged by {@link CodeLiveMerge}.
 */
@ApplicationScoped
class CatalogWriter {

    @Inject
    EntityManager entityManager;
    @Inject
    ServerRepository servers;
    @Inject
    ToolRepository tools;
    @Inject
    FeedWriter feed;
    @Inject
    CodeLiveMerge merge;
    @Inject
    FeedPolicies feedPolicies;

    @Transactional
    ImportReport write(String kind, String source, List<ClassifiedServer> batch, List<SkippedRecord> skipped,
                       String classifierVersion) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        ImportRunEntity run = new ImportRunEntity();
        run.kind = kind;
        run.source = source;
        run.startedAt = now;
        run.finishedAt = now;
        run.skipped = CatalogJson.write(skipped);
        entityManager.persist(run);
        ToolCounts counts = new ToolCounts();
        List<String> slugs = new ArrayList<>();
        for (ClassifiedServer server : batch) {
            slugs.add(writeServer(server, run, counts, classifierVersion, now));
        }
        run.serversCount = batch.size();
        run.toolsAdded = counts.added;
        run.toolsChanged = counts.changed;
        run.toolsRemoved = counts.removed;
        run.finishedAt = OffsetDateTime.now(ZoneOffset.UTC);
        feed.recordChanged(counts.changedToolIds);
        feedPolicies.remember(counts.changedToolIds);
        return new ImportReport(run.id, kind, slugs, counts.added, counts.changed, counts.unchanged, counts.removed,
                skipped);
    }

    private String writeServer(ClassifiedServer classified, ImportRunEntity run, ToolCounts counts,
                               String classifierVersion, OffsetDateTime now) {
        ServerImport given = classified.server();
        ServerEntity server = servers.findByCanonicalName(given.identity().canonicalName()).orElseGet(() -> {
            ServerEntity created = new ServerEntity();
            created.canonicalName = given.identity().canonicalName();
            created.slug = uniqueSlug(given.identity().slug());
            created.createdAt = now;
            return created;
        });
        ServerImport data = merge.prepare(server, given);
        server.displayName = data.identity().displayName();
        server.repository = data.repository();
        server.path = data.path() == null ? "" : data.path();
        server.language = data.language();
        server.description = data.description() == null ? "" : data.description();
        server.commitSha = data.commit();
        server.crawledAt = data.crawledAt();
        server.updatedAt = now;
        servers.persist(server);
        merge.record(server, data, run.kind, now);
        if (merge.keepsLiveTools(server, data, run.kind)) {
            merge.attachSources(server);
            return server.slug;
        }

        String release = ServerRelease.of(data);
        Map<String, ToolEntity> known = tools.all(server).stream()
                .collect(Collectors.toMap(t -> t.name, Function.identity()));
        Set<String> listed = new HashSet<>();
        for (ToolDefinition definition : data.tools()) {
            listed.add(definition.name());
            Classification classification = classified.classifications().get(definition.name());
            ToolEntity tool = known.get(definition.name());
            String hash = ContentHash.of(definition);
            if (tool == null) {
                tool = new ToolEntity();
                tool.server = server;
                tool.name = definition.name();
                tool.createdAt = now;
                counts.added++;
            } else if (tool.removedAt == null && hash.equals(tool.currentVersion.contentHash)) {
                if (reclassifyIfStale(tool.currentVersion, classification, classifierVersion, now)) {
                    counts.changedToolIds.add(tool.id);
                }
                counts.unchanged++;
                continue;
            } else {
                counts.changed++;
            }
            ToolVersionEntity previous = tool.currentVersion;
            if (previous != null && tool.removedAt == null && !merge.switchesSource(previous, data)) {
                classification = DefinitionChanges.withChange(classification, previous, definition, release);
            }
            tool.removedAt = null;
            tool.updatedAt = now;
            tools.persist(tool);
            tool.currentVersion = newVersion(tool, definition, hash, release, run, now);
            ClassificationEntity entity = new ClassificationEntity();
            entity.toolVersion = tool.currentVersion;
            entity.classifiedAt = now;
            ToolMapper.copy(classification, classifierVersion, entity);
            entityManager.persist(entity);
            counts.changedToolIds.add(tool.id);
        }
        for (ToolEntity tool : known.values()) {
            if (tool.removedAt == null && !listed.contains(tool.name)) {
                tool.removedAt = now;
                tool.updatedAt = now;
                counts.removed++;
                counts.changedToolIds.add(tool.id);
            }
        }
        return server.slug;
    }

    private ToolVersionEntity newVersion(ToolEntity tool, ToolDefinition definition, String hash, String release,
                                         ImportRunEntity run, OffsetDateTime now) {
        ToolVersionEntity version = new ToolVersionEntity();
        version.tool = tool;
        version.versionNo = tool.currentVersion == null ? 1 : tool.currentVersion.versionNo + 1;
        version.description = definition.description();
        version.inputSchema = definition.inputSchema();
        version.params = CatalogJson.write(definition.params());
        version.annotations = CatalogJson.annotations(definition.annotations());
        if (definition.source() != null) {
            version.sourceFile = definition.source().file();
            version.sourceLine = definition.source().line();
            version.sourcePattern = definition.source().pattern();
        }
        version.contentHash = hash;
        version.serverVersion = release;
        version.importRun = run;
        version.createdAt = now;
        entityManager.persist(version);
        return version;
    }

    /** Classifies again under new rules; true when the classification came out different. */
    private boolean reclassifyIfStale(ToolVersionEntity version, Classification classification,
                                      String classifierVersion, OffsetDateTime now) {
        ClassificationEntity entity = version.classification;
        if (classifierVersion.equals(entity.classifierVersion)) {
            return false;
        }
        Classification kept = DefinitionChanges.keepingChanges(classification, CatalogJson.findings(entity.findings));
        boolean changed = !kept.equals(ToolMapper.classification(entity));
        ToolMapper.copy(kept, classifierVersion, entity);
        entity.classifiedAt = now;
        return changed;
    }

    private String uniqueSlug(String wanted) {
        String slug = wanted;
        for (int n = 2; servers.findBySlug(slug).isPresent(); n++) {
            slug = wanted + "-" + n;
        }
        return slug;
    }

    private static final class ToolCounts {
        int added;
        int changed;
        int unchanged;
        int removed;
        final Set<Long> changedToolIds = new HashSet<>();
    }
}

package io.mcpcatalog.catalog;

import java.time.OffsetDateTime;

/** A server as the catalog knows it (no tools); {@code live} is null until it was introspected. */
public record ServerInfo(String slug, String canonicalName, String displayName, String repository, String path,
                         String language, String description, String commit, OffsetDateTime crawledAt,
                         OffsetDateTime updatedAt, LiveServer live) {

    static ServerInfo of(ServerEntity entity) {
        LiveServer live = entity.introspectedAt == null ? null : new LiveServer(entity.liveName, entity.liveVersion,
                entity.protocolVersion, entity.packageName, entity.packageVersion, entity.transport, entity.sandbox,
                entity.introspectedAt);
        return new ServerInfo(entity.slug, entity.canonicalName, entity.displayName, entity.repository, entity.path,
                entity.language, entity.description, entity.commitSha, entity.crawledAt, entity.updatedAt, live);
    }
}

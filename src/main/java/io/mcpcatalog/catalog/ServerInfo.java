package io.mcpcatalog.catalog;

import java.time.OffsetDateTime;

/** A server as the catalog knows it (no tools). */
public record ServerInfo(String slug, String canonicalName, String displayName, String repository, String path,
                         String language, String description, String commit, OffsetDateTime crawledAt,
                         OffsetDateTime updatedAt) {

    static ServerInfo of(ServerEntity entity) {
        return new ServerInfo(entity.slug, entity.canonicalName, entity.displayName, entity.repository, entity.path,
                entity.language, entity.description, entity.commitSha, entity.crawledAt, entity.updatedAt);
    }
}

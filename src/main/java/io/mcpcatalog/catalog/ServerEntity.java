package io.mcpcatalog.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "servers")
class ServerEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "canonical_name")
    String canonicalName;

    String slug;

    @Column(name = "display_name")
    String displayName;

    String repository;
    String path;
    String language;
    String description;

    @Column(name = "commit_sha")
    String commitSha;

    @Column(name = "crawled_at")
    OffsetDateTime crawledAt;

    @Column(name = "created_at")
    OffsetDateTime createdAt;

    @Column(name = "updated_at")
    OffsetDateTime updatedAt;

    @Column(name = "live_name")
    String liveName;

    @Column(name = "live_version")
    String liveVersion;

    @Column(name = "protocol_version")
    String protocolVersion;

    @Column(name = "package_name")
    String packageName;

    @Column(name = "package_version")
    String packageVersion;

    String transport;
    String sandbox;

    @Column(name = "introspected_at")
    OffsetDateTime introspectedAt;
}

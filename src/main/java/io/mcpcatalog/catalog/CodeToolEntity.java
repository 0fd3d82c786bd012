package io.mcpcatalog.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A tool as the latest code crawl of its server found it (see V5__introspection.sql). */
@Entity
@Table(name = "code_tools")
class CodeToolEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "server_id")
    ServerEntity server;

    String name;
    String description;

    @Column(name = "source_file")
    String sourceFile;

    @Column(name = "source_line")
    Integer sourceLine;

    @Column(name = "source_pattern")
    String sourcePattern;

    @Column(name = "commit_sha")
    String commitSha;

    @Column(name = "seen_at")
    OffsetDateTime seenAt;
}

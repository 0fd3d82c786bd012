package io.mcpcatalog.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "tool_versions")
class ToolVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tool_id")
    ToolEntity tool;

    @Column(name = "version_no")
    int versionNo;

    String description;

    @Column(name = "input_schema")
    String inputSchema;

    String params;
    String annotations;

    @Column(name = "source_file")
    String sourceFile;

    @Column(name = "source_line")
    Integer sourceLine;

    @Column(name = "source_pattern")
    String sourcePattern;

    /** See {@link ServerRelease}; null when the server's release was unknown. */
    @Column(name = "server_version")
    String serverVersion;

    @Column(name = "content_hash")
    String contentHash;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "import_run_id")
    ImportRunEntity importRun;

    @Column(name = "created_at")
    OffsetDateTime createdAt;

    @OneToOne(mappedBy = "toolVersion", fetch = FetchType.LAZY)
    ClassificationEntity classification;
}

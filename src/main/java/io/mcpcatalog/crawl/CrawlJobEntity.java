package io.mcpcatalog.crawl;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A row of the crawl queue; see V2, V3 and V8 of the migrations. */
@Entity
@Table(name = "crawl_jobs")
class CrawlJobEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String kind;
    String source;

    @Column(name = "source_key")
    String sourceKey;

    String spec;
    String state;
    int attempts;

    @Column(name = "max_attempts")
    int maxAttempts;

    @Column(name = "run_after")
    OffsetDateTime runAfter;

    @Column(name = "leased_by")
    String leasedBy;

    @Column(name = "lease_until")
    OffsetDateTime leaseUntil;

    @Column(name = "created_at")
    OffsetDateTime createdAt;

    @Column(name = "started_at")
    OffsetDateTime startedAt;

    @Column(name = "finished_at")
    OffsetDateTime finishedAt;

    String version;
    boolean unchanged;
    boolean relisted;

    @Column(name = "servers_found")
    Integer serversFound;

    @Column(name = "tools_found")
    Integer toolsFound;

    @Column(name = "import_run_id")
    Long importRunId;

    String error;
    String problems;
}

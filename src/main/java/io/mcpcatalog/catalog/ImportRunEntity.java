package io.mcpcatalog.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "import_runs")
class ImportRunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String kind;
    String source;

    @Column(name = "started_at")
    OffsetDateTime startedAt;

    @Column(name = "finished_at")
    OffsetDateTime finishedAt;

    @Column(name = "servers_count")
    int serversCount;

    @Column(name = "tools_added")
    int toolsAdded;

    @Column(name = "tools_changed")
    int toolsChanged;

    @Column(name = "tools_removed")
    int toolsRemoved;

    String skipped;
}

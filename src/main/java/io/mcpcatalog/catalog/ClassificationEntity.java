package io.mcpcatalog.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "classifications")
class ClassificationEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "tool_version_id")
    ToolVersionEntity toolVersion;

    String category;
    String risk;
    double confidence;
    String evidence;
    String rationale;
    String findings;
    /** JSON array of capability tags. */
    String capabilities;

    @Column(name = "classifier_version")
    String classifierVersion;

    @Column(name = "classified_at")
    OffsetDateTime classifiedAt;
}

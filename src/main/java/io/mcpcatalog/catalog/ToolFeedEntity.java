package io.mcpcatalog.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A tool's place in the gateway feed: the position of its latest change. Written only by {@link FeedWriter}. */
@Entity
@Immutable
@Table(name = "tool_feed")
class ToolFeedEntity {

    @Id
    @Column(name = "tool_id")
    Long toolId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tool_id")
    ToolEntity tool;

    long seq;
}

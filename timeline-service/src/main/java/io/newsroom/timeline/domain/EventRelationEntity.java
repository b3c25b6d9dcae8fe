package io.newsroom.timeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "event_relation")
public class EventRelationEntity {

    @Id
    public UUID id;

    @Column(name = "story_id")
    public String storyId;

    @Column(name = "from_event_id")
    public UUID fromEventId;

    @Column(name = "to_event_id")
    public UUID toEventId;

    @Enumerated(EnumType.STRING)
    public RelationType type;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    /** Relations never change, so the version stays 0; it is what the ETag and If-Match of a delete name. */
    @Version
    public int version;
}

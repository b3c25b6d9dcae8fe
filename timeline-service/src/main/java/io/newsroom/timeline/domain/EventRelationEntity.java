package io.newsroom.timeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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
}

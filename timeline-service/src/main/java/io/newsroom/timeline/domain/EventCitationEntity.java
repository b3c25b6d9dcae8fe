package io.newsroom.timeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "event_citation")
@IdClass(EventCitationEntity.Key.class)
public class EventCitationEntity {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Id
    public int ordinal;

    public String url;

    public String outlet;

    public String title;

    @Column(name = "published_at")
    public Instant publishedAt;

    public String quote;

    public record Key(UUID eventId, int ordinal) implements Serializable {
    }
}

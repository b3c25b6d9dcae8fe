package io.newsroom.timeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

@Entity
@Table(name = "event_participant")
@IdClass(EventParticipantEntity.Key.class)
public class EventParticipantEntity {

    @Id
    @Column(name = "event_id")
    public UUID eventId;

    @Id
    public int ordinal;

    public String name;

    @Column(name = "wikidata_id")
    public String wikidataId;

    public record Key(UUID eventId, int ordinal) implements Serializable {
    }
}

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
@Table(name = "event_transition")
public class EventTransitionEntity {

    @Id
    public UUID id;

    @Column(name = "event_id")
    public UUID eventId;

    public int seq;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public EventStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public EventStatus toStatus;

    public Instant at;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "previous_when_edtf")
    public String previousWhenEdtf;

    @Column(name = "new_when_edtf")
    public String newWhenEdtf;

    @Column(name = "citation_url")
    public String citationUrl;

    @Column(name = "citation_outlet")
    public String citationOutlet;

    @Column(name = "citation_title")
    public String citationTitle;

    @Column(name = "citation_published_at")
    public Instant citationPublishedAt;

    @Column(name = "citation_quote")
    public String citationQuote;
}

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

/**
 * An event of a story. The columns sort_position and search are computed by PostgreSQL and not
 * mapped. Participants and citations live in their own tables and are loaded per page.
 */
@Entity
@Table(name = "event")
public class EventEntity {

    @Id
    public UUID id;

    @Column(name = "story_id")
    public String storyId;

    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    public EventKind kind;

    @Column(name = "when_edtf")
    public String whenEdtf;

    @Enumerated(EnumType.STRING)
    @Column(name = "when_precision")
    public Precision whenPrecision;

    public Instant earliest;

    public Instant latest;

    @Column(name = "end_edtf")
    public String endEdtf;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_precision")
    public Precision endPrecision;

    @Column(name = "end_earliest")
    public Instant endEarliest;

    @Column(name = "end_latest")
    public Instant endLatest;

    @Column(name = "relative_phrase")
    public String relativePhrase;

    @Column(name = "anchor_published_at")
    public Instant anchorPublishedAt;

    @Column(name = "anchor_zone")
    public String anchorZone;

    @Column(name = "location_name")
    public String locationName;

    public Double latitude;

    public Double longitude;

    @Enumerated(EnumType.STRING)
    public EventStatus status;

    public Integer position;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;

    public void setWhen(Edtf when) {
        whenEdtf = when.text();
        whenPrecision = when.precision();
        earliest = when.earliest();
        latest = when.latest();
    }

    public void setEnd(Edtf end) {
        endEdtf = end == null ? null : end.text();
        endPrecision = end == null ? null : end.precision();
        endEarliest = end == null ? null : end.earliest();
        endLatest = end == null ? null : end.latest();
    }
}

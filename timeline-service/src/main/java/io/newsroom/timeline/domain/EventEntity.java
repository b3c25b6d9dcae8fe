package io.newsroom.timeline.domain;

import io.newsroom.stylebook.Edtf;
import io.newsroom.stylebook.Languages;
import io.newsroom.stylebook.Precision;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

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

    @Column(name = "anchor_article_id")
    public UUID anchorArticleId;

    @Column(name = "anchor_published_at")
    public Instant anchorPublishedAt;

    @Column(name = "anchor_zone")
    public String anchorZone;

    /** BCP 47, canonical case; null when not known. */
    public String language;

    /** The text search configuration that stems the language; PostgreSQL keeps it as regconfig. */
    @Column(name = "search_config")
    @ColumnTransformer(read = "search_config::text", write = "?::regconfig")
    public String searchConfig;

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

    /** Sets the language and, with it, how title and description are stemmed for search. */
    public void setLanguage(String normalisedTag) {
        language = normalisedTag;
        searchConfig = Languages.searchConfiguration(normalisedTag);
    }

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

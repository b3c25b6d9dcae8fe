package io.newsroom.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import io.newsroom.stylebook.Edtf;
import io.newsroom.stylebook.Precision;
import org.hibernate.annotations.ColumnTransformer;
import java.time.Instant;
import java.util.UUID;

/**
 * A claim's own columns. Its stored status and last_activity_at are not mapped on purpose: only
 * {@code ClaimRepository.refreshStatus} writes them, from the current stances, so no entity flush
 * can overwrite them with a stale value (a new claim gets the column defaults: UNCHALLENGED, null).
 */
@Entity
@Table(name = "claim")
public class ClaimEntity {
    @Id
    public UUID id;
    @Column(name = "story_id")
    public String storyId;
    public String proposition;
    @Column(name = "claimant_id")
    public UUID claimantId;
    @Column(name = "made_edtf")
    public String madeEdtf;
    @Enumerated(EnumType.STRING)
    @Column(name = "made_precision")
    public Precision madePrecision;
    @Column(name = "made_earliest")
    public Instant madeEarliest;
    @Column(name = "made_latest")
    public Instant madeLatest;
    @Column(name = "event_id")
    public UUID eventId;
    public String[] tags;
    /** BCP 47, canonical case; null when unknown. */
    public String language;
    // regconfig in the database: the driver sends and reads text, so cast on the way in and out.
    @Column(name = "search_config")
    @ColumnTransformer(read = "cast(search_config as text)", write = "cast(? as regconfig)")
    public String searchConfig;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    // Bumped by every change to the claim or what hangs off it, so the ETag covers the whole representation.
    @Version
    public int version;

    public void madeAt(Edtf date) {
        madeEdtf = date.text();
        madePrecision = date.precision();
        madeEarliest = date.earliest();
        madeLatest = date.latest();
    }
}

package io.newsroom.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One stance, current while supersededAt is null; a changed stance is kept with supersededAt set. */
@Entity
@Table(name = "stance")
public class StanceEntity {
    @Id
    public UUID id;
    @Column(name = "claim_id")
    public UUID claimId;
    @Column(name = "actor_id")
    public UUID actorId;
    @Enumerated(EnumType.STRING)
    public Position position;
    public String summary;
    @Column(name = "taken_at")
    public Instant takenAt;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    @Column(name = "superseded_at")
    public Instant supersededAt;
}

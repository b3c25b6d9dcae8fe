package io.newsroom.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "verdict")
public class VerdictEntity {
    @Id
    @Column(name = "claim_id")
    public UUID claimId;
    @Enumerated(EnumType.STRING)
    public Rating rating;
    public String explanation;
    public String reviewer;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}

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
@Table(name = "claim_relation")
public class ClaimRelationEntity {
    @Id
    public UUID id;
    @Column(name = "from_claim_id")
    public UUID fromClaimId;
    @Column(name = "to_claim_id")
    public UUID toClaimId;
    @Enumerated(EnumType.STRING)
    public RelationType type;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}

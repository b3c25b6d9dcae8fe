package io.newsroom.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "appearance")
public class AppearanceEntity {
    @Id
    public UUID id;
    @Column(name = "claim_id")
    public UUID claimId;
    public String url;
    public String outlet;
    public String title;
    @Column(name = "published_at")
    public Instant publishedAt;
    public String quote;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}

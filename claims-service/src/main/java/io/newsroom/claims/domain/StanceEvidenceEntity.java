package io.newsroom.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "stance_evidence")
public class StanceEvidenceEntity {
    @Id
    public UUID id;
    @Column(name = "stance_id")
    public UUID stanceId;
    // Keeps the evidence in the order the actor gave it.
    public int seq;
    public String url;
    public String outlet;
    public String title;
    @Column(name = "published_at")
    public Instant publishedAt;
    public String quote;
    public String language;
}

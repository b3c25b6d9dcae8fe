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

@Entity
@Table(name = "outlet")
public class OutletEntity {

    @Id
    public UUID id;

    public String name;

    public String domain;

    @Enumerated(EnumType.STRING)
    public Bias bias;

    @Column(name = "bias_rated_by")
    public String biasRatedBy;

    @Column(name = "bias_rated_at")
    public Instant biasRatedAt;

    @Enumerated(EnumType.STRING)
    public Factuality factuality;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Version
    public int version;
}

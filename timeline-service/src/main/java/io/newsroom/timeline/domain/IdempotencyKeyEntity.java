package io.newsroom.timeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The first answer to a POST that carried an Idempotency-Key. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKeyEntity {

    @Id
    public String key;

    public String fingerprint;

    public int status;

    public String location;

    public String body;

    /** The ETag of the first answer, so a replay carries it as the first answer did. */
    public String etag;

    @Column(name = "created_at")
    public Instant createdAt;
}

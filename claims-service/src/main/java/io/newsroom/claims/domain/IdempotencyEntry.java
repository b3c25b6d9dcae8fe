package io.newsroom.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The first answer to a POST that carried an Idempotency-Key, replayed to retries. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyEntry {
    @Id
    public String key;
    public String fingerprint;
    public int status;
    public String location;
    public String etag;
    @Column(name = "response_body")
    public String responseBody;
    @Column(name = "created_at")
    public Instant createdAt;
}

package io.newsroom.gateway.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.ColumnTransformer;

import io.newsroom.gateway.view.Candidate;

/**
 * One fact proposed from one sentence. The payload and the accepted facts are JSON text here and jsonb in
 * PostgreSQL; the double cast makes the driver send text, which PostgreSQL parses, instead of a JSON string.
 */
@Entity
@Table(name = "ingestion_candidate")
public class CandidateEntity {

    @Id
    public UUID id;

    @Column(name = "ingestion_id")
    public UUID ingestionId;

    public int position;

    @Enumerated(EnumType.STRING)
    public Candidate.Kind kind;

    @Enumerated(EnumType.STRING)
    public Candidate.State state;

    public String fingerprint;

    public String quote;

    @Column(name = "quote_start")
    public int quoteStart;

    @Column(name = "quote_end")
    public int quoteEnd;

    @ColumnTransformer(read = "payload::text", write = "cast(cast(? as text) as jsonb)")
    public String payload;

    @Column(name = "rejection_reason")
    public String rejectionReason;

    @Column(name = "accepted_as")
    @ColumnTransformer(read = "accepted_as::text", write = "cast(cast(? as text) as jsonb)")
    public String acceptedAs;

    @Column(name = "decided_by_subject")
    public String decidedBySubject;

    @Column(name = "decided_by_name")
    public String decidedByName;

    @Column(name = "decided_at")
    public Instant decidedAt;
}

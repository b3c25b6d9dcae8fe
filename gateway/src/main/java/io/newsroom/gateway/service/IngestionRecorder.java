package io.newsroom.gateway.service;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsroom.gateway.mapping.IngestionMapper;
import io.newsroom.gateway.repository.CandidateEntity;
import io.newsroom.gateway.repository.CandidateRepository;
import io.newsroom.gateway.repository.IngestionEntity;
import io.newsroom.gateway.repository.IngestionRepository;
import io.newsroom.gateway.view.Candidate;
import io.newsroom.gateway.view.Candidate.AcceptedFact;
import io.newsroom.gateway.view.Editor;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The gateway's writes to its own database, each in one transaction of its own, never around a call to a service:
 * a slow service must not hold a database connection, and what a service created stays created whatever happens here.
 */
@ApplicationScoped
public class IngestionRecorder {

    private final IngestionRepository ingestions;
    private final CandidateRepository candidates;

    public IngestionRecorder(IngestionRepository ingestions, CandidateRepository candidates) {
        this.ingestions = ingestions;
        this.candidates = candidates;
    }

    /** The ingestion with its candidates, or nothing at all. */
    @WithTransaction
    public Uni<Void> record(IngestionEntity ingestion, List<CandidateEntity> proposed) {
        return ingestions.persist(ingestion).chain(() -> candidates.persist(proposed.stream())).replaceWithVoid();
    }

    /**
     * Records what accepting the candidate gave, unless someone decided it first.
     *
     * @return the candidate as it stands afterwards: ACCEPTED with these facts, or as the first decision left it
     */
    @WithTransaction
    public Uni<CandidateEntity> accepted(UUID candidateId, List<AcceptedFact> facts, Editor editor) {
        return candidates.forDecision(candidateId).invoke(candidate -> {
            if (candidate.state == Candidate.State.PROPOSED) {
                candidate.state = Candidate.State.ACCEPTED;
                candidate.acceptedAs = IngestionMapper.write(facts);
                decidedBy(candidate, editor);
            }
        });
    }

    /** @return the candidate as it stands afterwards: REJECTED for this reason, or as the first decision left it */
    @WithTransaction
    public Uni<CandidateEntity> rejected(UUID candidateId, String reason, Editor editor) {
        return candidates.forDecision(candidateId).invoke(candidate -> {
            if (candidate.state == Candidate.State.PROPOSED) {
                candidate.state = Candidate.State.REJECTED;
                candidate.rejectionReason = reason;
                decidedBy(candidate, editor);
            }
        });
    }

    private static void decidedBy(CandidateEntity candidate, Editor editor) {
        candidate.decidedBySubject = editor.subject();
        candidate.decidedByName = editor.name();
        candidate.decidedAt = Instant.now();
    }
}

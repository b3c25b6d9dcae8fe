package io.newsroom.gateway.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsroom.gateway.config.GatewayConfig;
import io.newsroom.gateway.mapping.IngestionMapper;
import io.newsroom.gateway.repository.CandidateEntity;
import io.newsroom.gateway.repository.CandidateRepository;
import io.newsroom.gateway.repository.IngestionEntity;
import io.newsroom.gateway.repository.IngestionRepository;
import io.newsroom.gateway.security.Caller;
import io.newsroom.gateway.view.Candidate;
import io.newsroom.gateway.view.CandidateEdits;
import io.newsroom.gateway.view.CandidateRejection;
import io.newsroom.gateway.view.Editor;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import io.smallrye.mutiny.Uni;

/**
 * A desk's decisions on candidates. Accepting creates the fact through the services as the accepting editor (their
 * token goes on) and records what it gave; rejecting records why. A decision is final: accepting an accepted
 * candidate answers what the first accept gave and creates nothing, accepting a rejected one is a conflict.
 * <p>
 * A candidate may stand on others of its ingestion: a claim on its speaker (an ACTOR candidate) and on the speech
 * event of its sentence, a stance on its actor and on the claim it answers. Accepting it accepts those first, as
 * proposed, when they are still PROPOSED; a rejected speaker, actor or claim must then be named in the edits.
 */
@ApplicationScoped
public class CandidateDecisionService {

    private final IngestionRepository ingestions;
    private final CandidateRepository candidates;
    private final IngestionRecorder recorder;
    private final FactWriter facts;
    private final Caller caller;
    private final GatewayConfig config;

    public CandidateDecisionService(IngestionRepository ingestions, CandidateRepository candidates, IngestionRecorder recorder,
            FactWriter facts, Caller caller, GatewayConfig config) {
        this.ingestions = ingestions;
        this.candidates = candidates;
        this.recorder = recorder;
        this.facts = facts;
        this.caller = caller;
        this.config = config;
    }

    /** A candidate and the ingestion it comes from. */
    record Decided(IngestionEntity ingestion, CandidateEntity candidate) {

        Candidate view() {
            return IngestionMapper.candidate(ingestion, candidate);
        }
    }

    /** @return the accepted candidate; a null item when the story has no such ingestion or candidate */
    public Uni<Candidate> accept(String storyId, String ingestionId, String candidateId, CandidateEdits edits) {
        Editor editor = caller.editor();
        return Downstream.guarded(find(storyId, ingestionId, candidateId).chain(found -> {
            if (found == null) {
                return Uni.createFrom().nullItem();
            }
            if (found.candidate.state == Candidate.State.ACCEPTED) {
                return Uni.createFrom().item(found.view());
            }
            if (found.candidate.state == Candidate.State.REJECTED) {
                throw rejectedAlready(found.candidate);
            }
            CandidateEditRules.check(found.candidate.kind, found.view().proposal(), edits);
            return accept(found, edits, editor).map(Decided::view);
        }), config.ingestionBudget());
    }

    /** @return the rejected candidate; a null item when the story has no such ingestion or candidate */
    public Uni<Candidate> reject(String storyId, String ingestionId, String candidateId, CandidateRejection rejection) {
        String reason = reason(rejection);
        Editor editor = caller.editor();
        return find(storyId, ingestionId, candidateId).chain(found -> {
            if (found == null) {
                return Uni.createFrom().nullItem();
            }
            return recorder.rejected(found.candidate.id, reason, editor).map(row -> {
                if (row.state == Candidate.State.ACCEPTED) {
                    throw ProblemException.conflict("The candidate was accepted by " + row.decidedByName + " at " + row.decidedAt
                            + "; what it created stands in the services, where it can be changed or deleted");
                }
                // Rejected now, or rejected before: a retried reject is answered with the first decision and its reason.
                return new Decided(found.ingestion, row).view();
            });
        });
    }

    /**
     * Accepts the candidate, after the candidates it stands on. The facts it gives are recorded in the same
     * transaction as its state; a failure after a service created them leaves it PROPOSED, and accepting it again
     * sends the same Idempotency-Keys, so the services answer what they created instead of creating it twice.
     */
    Uni<Decided> accept(Decided found, CandidateEdits edits, Editor editor) {
        FactWriter.Dependencies dependencies = candidateId -> dependency(found.ingestion, candidateId, editor);
        return facts.write(found.ingestion, found.candidate, edits, dependencies)
                .chain(given -> recorder.accepted(found.candidate.id, given, editor))
                .map(row -> {
                    if (row.state == Candidate.State.REJECTED) {
                        throw ProblemException.conflict("The candidate was rejected by " + row.decidedByName
                                + " while it was being accepted; what accepting created stands in the services");
                    }
                    return new Decided(found.ingestion, row);
                });
    }

    /**
     * A candidate another stands on, accepted as proposed when it is still PROPOSED.
     *
     * @return the candidate as it stands then (REJECTED included: the one standing on it says what that means);
     *         a null item when the ingestion has no candidate of that id
     */
    private Uni<CandidateEntity> dependency(IngestionEntity ingestion, String candidateId, Editor editor) {
        UUID id = Ids.uuidOrNull(candidateId);
        if (id == null) {
            return Uni.createFrom().nullItem();
        }
        return candidates.inIngestion(ingestion.id, id).chain(row -> row == null || row.state != Candidate.State.PROPOSED
                ? Uni.createFrom().item(row)
                : accept(new Decided(ingestion, row), null, editor).map(Decided::candidate));
    }

    private Uni<Decided> find(String storyId, String ingestionId, String candidateId) {
        UUID ingestion = Ids.uuidOrNull(ingestionId);
        UUID candidate = Ids.uuidOrNull(candidateId);
        if (ingestion == null || candidate == null) {
            return Uni.createFrom().nullItem();
        }
        return ingestions.inStory(storyId, ingestion).chain(i -> i == null ? Uni.createFrom().nullItem()
                : candidates.inIngestion(i.id, candidate).map(c -> c == null ? null : new Decided(i, c)));
    }

    private static String reason(CandidateRejection rejection) {
        String reason = rejection == null || rejection.reason() == null ? "" : rejection.reason().strip();
        if (reason.isEmpty()) {
            throw ProblemException.invalid("reason", "is required: say why the candidate is rejected");
        }
        if (reason.length() > CandidateRejection.MAX_REASON) {
            throw ProblemException.invalid("reason", "must be at most " + CandidateRejection.MAX_REASON + " characters");
        }
        if (reason.indexOf('\0') >= 0) {
            throw ProblemException.invalid("reason", "must not contain NUL characters");
        }
        return reason;
    }

    private static ProblemException rejectedAlready(CandidateEntity candidate) {
        return new ProblemException(ProblemType.CONFLICT, "The candidate was rejected by " + candidate.decidedByName + " ("
                + candidate.rejectionReason + "); a rejected candidate is not accepted. Propose the fact again by "
                + "creating it in its service.");
    }
}

package io.newsroom.gateway.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
@WithSession
public class CandidateRepository implements PanacheRepositoryBase<CandidateEntity, UUID> {

    /** In article order (served by the unique index on ingestion and position). */
    public Uni<List<CandidateEntity>> ofIngestion(UUID ingestionId) {
        return find("ingestionId = ?1 order by position", ingestionId).list();
    }

    public Uni<CandidateEntity> inIngestion(UUID ingestionId, UUID id) {
        return find("ingestionId = ?1 and id = ?2", ingestionId, id).firstResult();
    }

    /** The candidate locked for a decision: two editors deciding it at once are served one after the other. */
    public Uni<CandidateEntity> forDecision(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}

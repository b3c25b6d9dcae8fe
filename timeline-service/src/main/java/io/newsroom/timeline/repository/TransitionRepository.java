package io.newsroom.timeline.repository;

import io.newsroom.timeline.domain.EventTransitionEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class TransitionRepository implements PanacheRepositoryBase<EventTransitionEntity, UUID> {

    public Uni<List<EventTransitionEntity>> history(UUID eventId, int afterSeq, int limit) {
        return find("eventId = ?1 and seq > ?2 order by seq", eventId, afterSeq).range(0, limit).list();
    }

    public Uni<EventTransitionEntity> findOfEvent(UUID eventId, UUID id) {
        return find("eventId = ?1 and id = ?2", eventId, id).firstResult();
    }

    public Uni<Integer> lastSeq(UUID eventId) {
        return getSession().chain(session -> session
                .createSelectionQuery("select coalesce(max(t.seq), 0) from EventTransitionEntity t where t.eventId = :id",
                        Integer.class)
                .setParameter("id", eventId)
                .getSingleResult());
    }
}

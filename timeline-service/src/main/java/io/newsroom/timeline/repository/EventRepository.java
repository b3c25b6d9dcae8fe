package io.newsroom.timeline.repository;

import io.newsroom.timeline.domain.EventCitationEntity;
import io.newsroom.timeline.domain.EventEntity;
import io.newsroom.timeline.domain.EventParticipantEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.reactive.mutiny.Mutiny;

@ApplicationScoped
@WithSession
public class EventRepository implements PanacheRepositoryBase<EventEntity, UUID> {

    /** The events of one timeline page, in timeline order. */
    public Uni<List<EventEntity>> timeline(TimelineQuery query) {
        return getSession().chain(session -> {
            Mutiny.SelectionQuery<UUID> q = session.createNativeQuery(query.sql(), UUID.class);
            for (Map.Entry<String, Object> p : query.parameters().entrySet()) {
                q.setParameter(p.getKey(), p.getValue());
            }
            return q.getResultList();
        }).chain(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<EventEntity>of())
                : list("id in ?1", ids).map(rows -> {
                    Map<UUID, EventEntity> byId = new HashMap<>();
                    rows.forEach(e -> byId.put(e.id, e));
                    return ids.stream().map(byId::get).toList();
                }));
    }

    public Uni<EventEntity> findInStory(String storyId, UUID id) {
        return find("storyId = ?1 and id = ?2", storyId, id).firstResult();
    }

    /** Locks the row, so concurrent transitions of one event apply one after the other. */
    public Uni<EventEntity> findInStoryForUpdate(String storyId, UUID id) {
        return find("storyId = ?1 and id = ?2", storyId, id).withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Uni<Long> countInStory(String storyId, Collection<UUID> ids) {
        return count("storyId = ?1 and id in ?2", storyId, ids);
    }

    public Uni<List<EventParticipantEntity>> participantsOf(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().chain(session -> session
                .createSelectionQuery("from EventParticipantEntity where eventId in :ids order by eventId, ordinal",
                        EventParticipantEntity.class)
                .setParameter("ids", eventIds)
                .getResultList());
    }

    public Uni<List<EventCitationEntity>> citationsOf(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return getSession().chain(session -> session
                .createSelectionQuery("from EventCitationEntity where eventId in :ids order by eventId, ordinal",
                        EventCitationEntity.class)
                .setParameter("ids", eventIds)
                .getResultList());
    }

    /** Replaces the participants and citations of an event with the given ones. */
    public Uni<Void> replaceDetails(UUID eventId, List<EventParticipantEntity> participants,
            List<EventCitationEntity> citations) {
        return getSession().chain(session -> session
                .createMutationQuery("delete from EventParticipantEntity where eventId = :id")
                .setParameter("id", eventId).executeUpdate()
                .chain(() -> session.createMutationQuery("delete from EventCitationEntity where eventId = :id")
                        .setParameter("id", eventId).executeUpdate())
                .chain(() -> session.persistAll(participants.toArray()))
                .chain(() -> session.persistAll(citations.toArray()))
                .chain(session::flush));
    }

    /** Participants and citations of events that have none yet (restored ones), written at the next flush. */
    public Uni<Void> persistDetails(List<EventParticipantEntity> participants, List<EventCitationEntity> citations) {
        return getSession().chain(session -> session.persistAll(participants.toArray())
                .chain(() -> session.persistAll(citations.toArray())));
    }

    /** One statement: PostgreSQL cascades to participants, citations, transitions and relations. */
    public Uni<Boolean> deleteInStory(String storyId, UUID id) {
        return delete("storyId = ?1 and id = ?2", storyId, id).map(count -> count > 0);
    }
}

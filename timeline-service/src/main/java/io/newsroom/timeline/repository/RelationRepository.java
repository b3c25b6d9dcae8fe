package io.newsroom.timeline.repository;

import io.newsroom.timeline.domain.EventRelationEntity;
import io.newsroom.timeline.domain.RelationType;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
@WithSession
public class RelationRepository implements PanacheRepositoryBase<EventRelationEntity, UUID> {

    public Uni<List<EventRelationEntity>> page(String storyId, Instant afterRecordedAt, UUID afterId, int limit) {
        var query = afterId == null
                ? find("storyId = ?1 order by recordedAt, id", storyId)
                : find("storyId = ?1 and (recordedAt > ?2 or (recordedAt = ?2 and id > ?3)) order by recordedAt, id",
                        storyId, afterRecordedAt, afterId);
        return query.range(0, limit).list();
    }

    public Uni<EventRelationEntity> findInStory(String storyId, UUID id) {
        return find("storyId = ?1 and id = ?2", storyId, id).firstResult();
    }

    public Uni<Boolean> exists(UUID fromEventId, UUID toEventId, RelationType type) {
        return count("fromEventId = ?1 and toEventId = ?2 and type = ?3", fromEventId, toEventId, type)
                .map(count -> count > 0);
    }

    /**
     * Whether 'container' already is, directly or through a chain, PART_OF 'part'; then making
     * 'part' PART_OF 'container' would close a cycle. UNION (not UNION ALL) stops on cycles that
     * might exist in old data.
     */
    public Uni<Boolean> isPartOf(UUID container, UUID part) {
        String sql = """
                with recursive ancestors(id) as (
                    select r.to_event_id from event_relation r
                     where r.from_event_id = :container and r.type = 'PART_OF'
                    union
                    select r.to_event_id from event_relation r
                      join ancestors a on r.from_event_id = a.id
                     where r.type = 'PART_OF'
                )
                select count(*) from ancestors where id = :part
                """;
        return getSession().chain(session -> session.createNativeQuery(sql, Long.class)
                .setParameter("container", container)
                .setParameter("part", part)
                .getSingleResult())
                .map(count -> count > 0);
    }

    public Uni<Boolean> deleteInStory(String storyId, UUID id) {
        return delete("storyId = ?1 and id = ?2", storyId, id).map(count -> count > 0);
    }
}

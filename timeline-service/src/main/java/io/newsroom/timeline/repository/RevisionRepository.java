package io.newsroom.timeline.repository;

import io.newsroom.timeline.domain.ResourceType;
import io.newsroom.timeline.domain.RevisionEntity;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Revisions as writes record them, in the write's own transaction. */
@ApplicationScoped
@WithSession
public class RevisionRepository implements PanacheRepositoryBase<RevisionEntity, UUID> {

    /**
     * A DELETED revision for every resource of one type in a story that stands now (its newest
     * revision is not superseded and no delete), each keeping the state of that revision, its
     * changes every field it had (in the given order).
     * One statement however many there are: a story delete takes thousands of events with it.
     */
    private static final String DELETE_ALONG = """
            insert into revision (id, resource_type, resource_id, story_id, number, action, author_subject, author_name,
                                  recorded_at, changes, state, version, deleted_with, earliest, latest, sort_position,
                                  search_config)
            select gen_random_uuid(), k.resource_type, k.resource_id, k.story_id, k.number + 1, 'DELETED', :subject,
                   :name, :at,
                   (select coalesce(jsonb_agg(jsonb_build_object('field', f.key, 'before', f.value, 'after', null)
                                              order by array_position(string_to_array(:fields, ','), f.key), f.key),
                                    cast('[]' as jsonb))
                      from jsonb_each(k.state) f
                     where f.value <> cast('null' as jsonb) and f.key <> 'updatedAt'),
                   k.state, k.version, :cause, k.earliest, k.latest, k.sort_position, k.search_config
              from revision k
             where k.story_id = :storyId and k.resource_type = :type and k.superseded_at is null
               and k.action <> 'DELETED'""";

    public Uni<RevisionEntity> latest(ResourceType type, String resourceId) {
        return find("resourceType = ?1 and resourceId = ?2 order by number desc", type.key(), resourceId).firstResult();
    }

    /** What a story delete takes with it, of one type. */
    public Uni<Integer> deleteAlongStory(RevisionEntity cause, ResourceType type, List<String> fields) {
        return deleteAlong(cause, type, fields, "", null);
    }

    /** What an event delete takes with it: its transitions, or the relations from or to it. */
    public Uni<Integer> deleteAlongEvent(RevisionEntity cause, ResourceType type, List<String> fields, UUID eventId) {
        String ofEvent = type == ResourceType.TRANSITION
                ? " and k.state ->> 'eventId' = :eventId"
                : " and (k.state ->> 'fromEventId' = :eventId or k.state ->> 'toEventId' = :eventId)";
        return deleteAlong(cause, type, fields, ofEvent, eventId.toString());
    }

    private Uni<Integer> deleteAlong(RevisionEntity cause, ResourceType type, List<String> fields, String condition,
            String eventId) {
        return getSession().chain(session -> {
            var insert = session.createNativeQuery(DELETE_ALONG + condition)
                    .setParameter("subject", cause.authorSubject)
                    .setParameter("name", cause.authorName)
                    .setParameter("at", cause.recordedAt)
                    .setParameter("fields", String.join(",", fields))
                    .setParameter("cause", cause.id)
                    .setParameter("storyId", cause.storyId)
                    .setParameter("type", type.key());
            if (eventId != null) {
                insert.setParameter("eventId", eventId);
            }
            return insert.executeUpdate();
        });
    }

    /** The resources a delete took with it that are still deleted: neither restored nor recorded again since. */
    public Uni<List<RevisionEntity>> stillDeletedWith(UUID cause) {
        return list("from RevisionEntity r where r.deletedWith = ?1 and r.number = (select max(n.number)"
                + " from RevisionEntity n where n.resourceType = r.resourceType and n.resourceId = r.resourceId)"
                + " order by r.recordedAt, r.number", cause);
    }
}

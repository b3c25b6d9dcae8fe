package io.newsroom.timeline.service;

import io.newsroom.timeline.api.Relation;
import io.newsroom.timeline.api.RelationInput;
import io.newsroom.timeline.api.RelationPage;
import io.newsroom.timeline.domain.EventRelationEntity;
import io.newsroom.timeline.domain.RelationType;
import io.newsroom.timeline.mapping.EventMapper;
import io.newsroom.timeline.repository.EventRepository;
import io.newsroom.timeline.repository.RelationRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RelationService {

    private final StoryService stories;
    private final EventRepository events;
    private final RelationRepository relations;

    public RelationService(StoryService stories, EventRepository events, RelationRepository relations) {
        this.stories = stories;
        this.events = events;
        this.relations = relations;
    }

    @WithTransaction
    public Uni<Relation> create(String storyId, RelationInput input) {
        UUID from = input.fromEventId();
        UUID to = input.toEventId();
        return stories.require(storyId)
                .invoke(() -> {
                    if (from.equals(to)) {
                        throw ProblemException.invalid("toEventId", "an event cannot be related to itself");
                    }
                })
                .chain(() -> events.findInStory(storyId, from)).invoke(found -> requireEvent(found, storyId, from, "fromEventId"))
                .chain(() -> events.findInStory(storyId, to)).invoke(found -> requireEvent(found, storyId, to, "toEventId"))
                .chain(() -> relations.exists(from, to, input.type())).invoke(exists -> {
                    if (exists) {
                        throw ProblemException.conflict("the relation " + from + " " + input.type() + " " + to + " already exists");
                    }
                })
                .chain(() -> input.type() == RelationType.PART_OF ? relations.isPartOf(to, from) : Uni.createFrom().item(false))
                .invoke(cycle -> {
                    if (cycle) {
                        throw ProblemException.rule("part-of-cycle", "The relation would make a cycle",
                                "the event " + to + " is already part of " + from + " (directly or through other events);"
                                        + " making " + from + " part of it would close a cycle");
                    }
                })
                .chain(() -> {
                    EventRelationEntity relation = new EventRelationEntity();
                    relation.id = UUID.randomUUID();
                    relation.storyId = storyId;
                    relation.fromEventId = from;
                    relation.toEventId = to;
                    relation.type = input.type();
                    relation.recordedAt = RecordingClock.now();
                    return relations.persistAndFlush(relation).map(ignored -> EventMapper.toApi(relation));
                });
    }

    private static void requireEvent(Object found, String storyId, UUID id, String field) {
        if (found == null) {
            throw ProblemException.invalid(field, "the story '" + storyId + "' has no event " + id);
        }
    }

    @WithSession
    public Uni<Relation> get(String storyId, UUID id) {
        return stories.require(storyId)
                .chain(() -> relations.findInStory(storyId, id))
                .map(relation -> {
                    if (relation == null) {
                        throw ProblemException.notFound("the story '" + storyId + "' has no relation " + id);
                    }
                    return EventMapper.toApi(relation);
                });
    }

    @WithSession
    public Uni<RelationPage> list(String storyId, PageRequest page) {
        Instant afterRecordedAt = null;
        UUID afterId = null;
        if (page.after() != null) {
            List<String> key = Cursor.decode(page.after(), 2);
            try {
                afterRecordedAt = Instant.parse(key.get(0));
                afterId = UUID.fromString(key.get(1));
            } catch (RuntimeException e) {
                throw Cursor.invalid();
            }
        }
        Instant recordedAt = afterRecordedAt;
        UUID id = afterId;
        return stories.require(storyId)
                .chain(() -> relations.page(storyId, recordedAt, id, page.limit() + 1))
                .map(rows -> {
                    boolean more = rows.size() > page.limit();
                    List<EventRelationEntity> shown = more ? rows.subList(0, page.limit()) : rows;
                    EventRelationEntity last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
                    String next = more ? Cursor.encode(last.recordedAt, last.id) : null;
                    return new RelationPage(shown.stream().map(EventMapper::toApi).toList(), next);
                });
    }

    @WithTransaction
    public Uni<Void> delete(String storyId, UUID id) {
        return stories.require(storyId)
                .chain(() -> relations.deleteInStory(storyId, id))
                .invoke(deleted -> {
                    if (!deleted) {
                        throw ProblemException.notFound("the story '" + storyId + "' has no relation " + id);
                    }
                })
                .replaceWithVoid();
    }
}

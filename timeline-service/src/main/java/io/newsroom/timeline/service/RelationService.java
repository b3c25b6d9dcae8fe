package io.newsroom.timeline.service;

import io.newsroom.stylebook.Cursor;
import io.newsroom.stylebook.EntityTags;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
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
    private final RevisionService revisions;
    private final IdempotencyService idempotency;

    public RelationService(StoryService stories, EventRepository events, RelationRepository relations,
            RevisionService revisions, IdempotencyService idempotency) {
        this.stories = stories;
        this.events = events;
        this.relations = relations;
        this.revisions = revisions;
        this.idempotency = idempotency;
    }

    @WithTransaction
    public Uni<Versioned<Relation>> create(String storyId, RelationInput input) {
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
                        throw new ProblemException(ProblemType.PART_OF_CYCLE,
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
                    return relations.persistAndFlush(relation)
                            .call(() -> revisions.created(RevisionService.Subject.of(relation), relation.recordedAt))
                            .map(ignored -> versioned(relation));
                });
    }

    private static void requireEvent(Object found, String storyId, UUID id, String field) {
        if (found == null) {
            throw ProblemException.invalid(field, "the story '" + storyId + "' has no event " + id);
        }
    }

    @WithSession
    public Uni<Versioned<Relation>> get(String storyId, UUID id) {
        return require(storyId, id).map(RelationService::versioned);
    }

    private Uni<EventRelationEntity> require(String storyId, UUID id) {
        return stories.require(storyId)
                .chain(() -> relations.findInStory(storyId, id))
                .map(relation -> {
                    if (relation == null) {
                        throw ProblemException.notFound("the story '" + storyId + "' has no relation " + id);
                    }
                    return relation;
                });
    }


    private static Versioned<Relation> versioned(EventRelationEntity relation) {
        return new Versioned<>(EventMapper.toApi(relation), relation.version);
    }

    @WithSession
    public Uni<RelationPage> list(String storyId, int limit, String after) {
        Cursor cursor = Cursor.decode(after, 2);
        Instant recordedAt = cursor == null ? null : cursor.instant(0);
        UUID id = cursor == null ? null : cursor.uuid(1);
        return stories.require(storyId)
                .chain(() -> relations.page(storyId, recordedAt, id, limit + 1))
                .map(rows -> {
                    boolean more = rows.size() > limit;
                    List<EventRelationEntity> shown = more ? rows.subList(0, limit) : rows;
                    EventRelationEntity last = shown.isEmpty() ? null : shown.get(shown.size() - 1);
                    String next = more ? Cursor.encode(last.recordedAt, last.id) : null;
                    return new RelationPage(shown.stream().map(EventMapper::toApi).toList(), next);
                });
    }

    @WithTransaction
    public Uni<Void> delete(String storyId, UUID id, String ifMatch) {
        return require(storyId, id).chain(relation -> {
            EntityTags.requireMatch(ifMatch, EntityTags.of(relation.version), "the relation " + id);
            return revisions.deleted(RevisionService.Subject.of(relation), RecordingClock.now())
                    .call(() -> idempotency.forgetCreated("/stories/" + storyId + "/relations/" + id))
                    .chain(() -> relations.deleteInStory(storyId, id));
        }).replaceWithVoid();
    }
}

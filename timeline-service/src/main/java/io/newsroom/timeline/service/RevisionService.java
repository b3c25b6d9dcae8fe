package io.newsroom.timeline.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.stylebook.Cursor;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.timeline.api.Article;
import io.newsroom.timeline.api.Author;
import io.newsroom.timeline.api.Event;
import io.newsroom.timeline.api.Relation;
import io.newsroom.timeline.api.RevisionPage;
import io.newsroom.timeline.api.Transition;
import io.newsroom.timeline.domain.ArticleEntity;
import io.newsroom.timeline.domain.EventEntity;
import io.newsroom.timeline.domain.EventRelationEntity;
import io.newsroom.timeline.domain.EventTransitionEntity;
import io.newsroom.timeline.domain.OutletEntity;
import io.newsroom.timeline.domain.ResourceType;
import io.newsroom.timeline.domain.RevisionAction;
import io.newsroom.timeline.domain.RevisionEntity;
import io.newsroom.timeline.domain.StoryEntity;
import io.newsroom.timeline.mapping.ArticleMapper;
import io.newsroom.timeline.mapping.EventMapper;
import io.newsroom.timeline.mapping.OutletMapper;
import io.newsroom.timeline.mapping.StoryMapper;
import io.newsroom.timeline.mapping.RevisionMapper;
import io.newsroom.timeline.repository.RevisionReads;
import io.newsroom.timeline.repository.RevisionRepository;
import io.newsroom.timeline.security.Caller;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Records the revision of each write, inside the write's transaction, so a write and its record
 * commit or fail together. The author is the caller of the request; the time is the write's own
 * recording time, the one its resource shows.
 */
@ApplicationScoped
public class RevisionService {

    private final RevisionRepository revisions;
    private final RevisionReads reads;
    private final Caller caller;

    public RevisionService(RevisionRepository revisions, RevisionReads reads, Caller caller) {
        this.revisions = revisions;
        this.reads = reads;
        this.caller = caller;
    }

    /**
     * A resource's revisions, newest first; a deleted resource keeps them. 404 when the resource
     * was never recorded (where it says it belongs).
     *
     * @param what the resource in words, for the problem: "the event ... of the story ..."
     */
    public Uni<RevisionPage> page(ResourceType type, String id, RevisionReads.Owner owner, String what, int limit,
            String after) {
        Cursor cursor = Cursor.decode(after, 1);
        Integer below = cursor == null ? null : (int) cursor.number(0);
        return reads.revisions(type, id, owner, below, limit + 1).map(rows -> {
            if (rows.isEmpty() && below == null) {
                throw ProblemException.notFound(what + " was never recorded, so it has no revisions");
            }
            boolean more = rows.size() > limit;
            List<RevisionEntity> shown = more ? rows.subList(0, limit) : rows;
            String next = more ? Cursor.encode(shown.get(shown.size() - 1).number) : null;
            return new RevisionPage(shown.stream().map(RevisionMapper::toApi).toList(), next);
        });
    }

    /** What a write is about: the resource as the API serves it, where it belongs, and its row's version after the write. */
    public record Subject(ResourceType type, String id, String storyId, Object resource, int version) {

        public static Subject of(StoryEntity story) {
            return new Subject(ResourceType.STORY, story.id, story.id, StoryMapper.toApi(story), story.version);
        }

        public static Subject of(OutletEntity outlet) {
            return new Subject(ResourceType.OUTLET, outlet.id.toString(), null, OutletMapper.toApi(outlet), outlet.version);
        }

        public static Subject of(ArticleEntity article) {
            return new Subject(ResourceType.ARTICLE, article.id.toString(), article.storyId, ArticleMapper.toApi(article),
                    article.version);
        }

        /** An event with its participants and citations, as {@code state} shows them. */
        public static Subject of(EventEntity event, Event state) {
            return new Subject(ResourceType.EVENT, event.id.toString(), event.storyId, state, event.version);
        }

        /** Transitions never change, so they have no version of their own. */
        public static Subject of(EventTransitionEntity transition, String storyId) {
            return new Subject(ResourceType.TRANSITION, transition.id.toString(), storyId, EventMapper.toApi(transition), 0);
        }

        public static Subject of(EventRelationEntity relation) {
            return new Subject(ResourceType.RELATION, relation.id.toString(), relation.storyId, EventMapper.toApi(relation),
                    relation.version);
        }
    }

    public Uni<RevisionEntity> created(Subject subject, Instant at) {
        return record(subject, RevisionAction.CREATED, at);
    }

    /** The changes are read against the resource's newest revision. */
    public Uni<RevisionEntity> updated(Subject subject, Instant at) {
        return record(subject, RevisionAction.UPDATED, at);
    }

    /** The resource as it stood when deleted; a restore brings it back from this. */
    public Uni<RevisionEntity> deleted(Subject subject, Instant at) {
        return record(subject, RevisionAction.DELETED, at);
    }

    /** A resource brought back from its DELETED revision, the newest it has. */
    public record Restoration(Subject subject, RevisionEntity deleted) {
    }

    /** RESTORED revisions, numbered after the DELETED ones they undo; written with the rows at the end of the transaction. */
    public Uni<Void> restored(List<Restoration> restorations, Instant at) {
        Author author = caller.author();
        List<RevisionEntity> written = restorations.stream().map(r -> {
            RevisionEntity revision = RevisionMapper.revision(r.subject().type(), r.subject().id(), r.subject().storyId(),
                    RevisionAction.RESTORED);
            revision.number = r.deleted().number + 1;
            revision.authorSubject = author.subject();
            revision.authorName = author.name();
            revision.recordedAt = at;
            revision.version = r.subject().version();
            RevisionMapper.describe(revision, null, RevisionMapper.state(r.subject().resource()));
            return revision;
        }).toList();
        return revisions.persist(written);
    }

    /** Everything a story delete takes with it, each with a DELETED revision pointing at the story's. */
    public Uni<Void> deletedWithStory(RevisionEntity storyDeleted) {
        return revisions.deleteAlongStory(storyDeleted, ResourceType.ARTICLE, RevisionMapper.fields(Article.class))
                .chain(() -> revisions.deleteAlongStory(storyDeleted, ResourceType.EVENT, RevisionMapper.fields(Event.class)))
                .chain(() -> revisions.deleteAlongStory(storyDeleted, ResourceType.TRANSITION,
                        RevisionMapper.fields(Transition.class)))
                .chain(() -> revisions.deleteAlongStory(storyDeleted, ResourceType.RELATION,
                        RevisionMapper.fields(Relation.class)))
                .replaceWithVoid();
    }

    /** What an event delete takes with it: its status history and the relations from or to it. */
    public Uni<Void> deletedWithEvent(RevisionEntity eventDeleted, UUID eventId) {
        return revisions.deleteAlongEvent(eventDeleted, ResourceType.TRANSITION, RevisionMapper.fields(Transition.class), eventId)
                .chain(() -> revisions.deleteAlongEvent(eventDeleted, ResourceType.RELATION,
                        RevisionMapper.fields(Relation.class), eventId))
                .replaceWithVoid();
    }

    /** The newest revision of a resource, or null when it has none. */
    public Uni<RevisionEntity> latest(ResourceType type, String id) {
        return revisions.latest(type, id);
    }

    /** What a delete took with it that is deleted still, oldest first. */
    public Uni<List<RevisionEntity>> stillDeletedWith(UUID deleteRevision) {
        return revisions.stillDeletedWith(deleteRevision);
    }

    private Uni<RevisionEntity> record(Subject subject, RevisionAction action, Instant at) {
        Author author = caller.author();
        return revisions.latest(subject.type(), subject.id()).chain(last -> {
            RevisionEntity revision = RevisionMapper.revision(subject.type(), subject.id(), subject.storyId(), action);
            revision.number = last == null ? 1 : last.number + 1;
            revision.authorSubject = author.subject();
            revision.authorName = author.name();
            revision.recordedAt = at;
            revision.version = subject.version();
            JsonNode state = RevisionMapper.state(subject.resource());
            JsonNode before = switch (action) {
                case UPDATED -> last == null ? null : RevisionMapper.parse(last.state);
                case DELETED -> state;
                case CREATED, RESTORED -> null;
            };
            RevisionMapper.describe(revision, before, action == RevisionAction.DELETED ? null : state);
            return revisions.persistAndFlush(revision);
        });
    }
}

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
import io.newsroom.timeline.domain.ResourceType;
import io.newsroom.timeline.domain.RevisionAction;
import io.newsroom.timeline.domain.RevisionEntity;
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

    /** What a write is about: the resource, where it belongs, and its row's version after the write. */
    public record Subject(ResourceType type, String id, String storyId, Object resource, int version) {
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

    public Uni<RevisionEntity> restored(Subject subject, Instant at) {
        return record(subject, RevisionAction.RESTORED, at);
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

package io.newsroom.timeline.service;

import io.newsroom.stylebook.Cursor;
import io.newsroom.stylebook.EntityTags;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.timeline.api.Story;
import io.newsroom.timeline.api.StoryInput;
import io.newsroom.timeline.api.StoryPage;
import io.newsroom.timeline.domain.StoryEntity;
import io.newsroom.timeline.mapping.StoryMapper;
import io.newsroom.timeline.repository.StoryRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class StoryService {

    private final StoryRepository stories;
    private final RevisionService revisions;
    private final IdempotencyService idempotency;

    public StoryService(StoryRepository stories, RevisionService revisions, IdempotencyService idempotency) {
        this.stories = stories;
        this.revisions = revisions;
        this.idempotency = idempotency;
    }

    @WithTransaction
    public Uni<Versioned<Story>> create(StoryInput input) {
        if (input.id() == null) {
            return Uni.createFrom().failure(ProblemException.invalid("id", "a story needs an id (a slug like ukraine-peace-plan)"));
        }
        return stories.findById(input.id()).chain(existing -> {
            if (existing != null) {
                throw ProblemException.conflict("a story with id '" + input.id() + "' already exists");
            }
            StoryEntity story = new StoryEntity();
            story.id = input.id();
            StoryMapper.apply(input, story);
            Instant now = RecordingClock.now();
            story.createdAt = now;
            story.updatedAt = now;
            return stories.persistAndFlush(story).call(() -> revisions.created(RevisionService.Subject.of(story), now));
        }).map(StoryService::versioned);
    }

    @WithSession
    public Uni<Versioned<Story>> get(String id) {
        return require(id).map(StoryService::versioned);
    }

    @WithSession
    public Uni<StoryPage> list(int limit, String after) {
        Cursor cursor = Cursor.decode(after, 1);
        String afterId = cursor == null ? null : cursor.text(0);
        return stories.page(afterId, limit + 1).map(rows -> {
            boolean more = rows.size() > limit;
            List<StoryEntity> shown = more ? rows.subList(0, limit) : rows;
            String next = more ? Cursor.encode(shown.get(shown.size() - 1).id) : null;
            return new StoryPage(shown.stream().map(StoryMapper::toApi).toList(), next);
        });
    }

    @WithTransaction
    public Uni<Versioned<Story>> replace(String id, String ifMatch, StoryInput input) {
        return require(id).chain(story -> {
            EntityTags.requireMatch(ifMatch, EntityTags.of(story.version), "the story '" + id + "'");
            StoryMapper.apply(input, story);
            story.updatedAt = RecordingClock.now();
            return stories.flush().chain(() -> revisions.updated(RevisionService.Subject.of(story), story.updatedAt)).replaceWith(story);
        }).map(StoryService::versioned);
    }

    @WithTransaction
    public Uni<Void> delete(String id, String ifMatch) {
        return require(id).chain(story -> {
            EntityTags.requireMatch(ifMatch, EntityTags.of(story.version), "the story '" + id + "'");
            // Its articles, events, transitions and relations go with it, each with a revision naming this one.
            return revisions.deleted(RevisionService.Subject.of(story), RecordingClock.now())
                    .call(revisions::deletedWithStory)
                    .call(() -> idempotency.forgetCreated("/stories/" + id))
                    .chain(() -> stories.deleteStory(id));
        }).replaceWithVoid();
    }

    /** For nested resources: 404 when the story does not exist. */
    @WithSession
    public Uni<StoryEntity> require(String id) {
        return stories.findById(id).map(story -> {
            if (story == null) {
                throw ProblemException.notFound("there is no story '" + id + "'");
            }
            return story;
        });
    }


    private static Versioned<Story> versioned(StoryEntity story) {
        return new Versioned<>(StoryMapper.toApi(story), story.version);
    }
}

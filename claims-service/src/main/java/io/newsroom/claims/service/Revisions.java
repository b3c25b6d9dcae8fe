package io.newsroom.claims.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsroom.claims.api.Actor;
import io.newsroom.claims.api.Appearance;
import io.newsroom.claims.api.Claim;
import io.newsroom.claims.api.ClaimRelation;
import io.newsroom.claims.api.Revision;
import io.newsroom.claims.api.RevisionPage;
import io.newsroom.claims.api.Stance;
import io.newsroom.claims.api.Verdict;
import io.newsroom.claims.domain.RevisedResource;
import io.newsroom.claims.domain.RevisionAction;
import io.newsroom.claims.repository.RevisionRepository;
import io.newsroom.claims.repository.StoredRevision;
import io.newsroom.claims.security.Authors;
import io.newsroom.stylebook.Cursor;
import io.newsroom.stylebook.Pages;
import io.newsroom.stylebook.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records what every write did, in the write's own transaction, and reads it back. A write hands
 * over the resources it left behind ({@link Revised}); each is compared with its newest revision so
 * the new one lists the fields that changed, and numbered after it. An update that changed nothing
 * a reader can see leaves no revision.
 */
@ApplicationScoped
public class Revisions {

    private static final Map<RevisedResource, Class<?>> REPRESENTATION = Map.of(
            RevisedResource.ACTOR, Actor.class, RevisedResource.CLAIM, Claim.class,
            RevisedResource.APPEARANCE, Appearance.class, RevisedResource.STANCE, Stance.class,
            RevisedResource.VERDICT, Verdict.class, RevisedResource.RELATION, ClaimRelation.class);

    private final RevisionRepository repository;
    private final Authors authors;
    private final ObjectMapper json;
    // States written by an earlier version of the service or by a migration may hold fields this one
    // no longer has: they are read as the current representation, not refused.
    private final ObjectMapper tolerant;

    public Revisions(RevisionRepository repository, Authors authors, ObjectMapper json) {
        this.repository = repository;
        this.authors = authors;
        this.json = json;
        this.tolerant = json.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** A resource as a write left it (for a delete: as it was), with what it belongs to. */
    public record Revised(RevisedResource type, UUID id, String storyId, UUID claimId, UUID actorId,
                          RevisionAction action, Object state, Integer version) {

        public static Revised actor(RevisionAction action, Actor actor, int version) {
            return new Revised(RevisedResource.ACTOR, actor.id(), null, null, actor.id(), action, actor, version);
        }

        /**
         * The claim as its operations show it. Its appearances and stances are in the state as they were at
         * this write, but they have revisions of their own, which is where a read as of an instant takes them from.
         */
        public static Revised claim(RevisionAction action, Claim claim, int version) {
            return new Revised(RevisedResource.CLAIM, claim.id(), claim.storyId(), claim.id(), claim.claimantId(),
                    action, claim, version);
        }

        public static Revised appearance(RevisionAction action, String storyId, UUID claimId, Appearance appearance) {
            return new Revised(RevisedResource.APPEARANCE, appearance.id(), storyId, claimId, null, action, appearance,
                    null);
        }

        public static Revised stance(RevisionAction action, String storyId, Stance stance) {
            return new Revised(RevisedResource.STANCE, stance.id(), storyId, stance.claimId(), stance.actor().id(),
                    action, stance, null);
        }

        public static Revised verdict(RevisionAction action, String storyId, UUID claimId, Verdict verdict) {
            return new Revised(RevisedResource.VERDICT, claimId, storyId, claimId, null, action, verdict, null);
        }

        public static Revised relation(RevisionAction action, String storyId, ClaimRelation relation) {
            return new Revised(RevisedResource.RELATION, relation.id(), storyId, relation.fromClaimId(), null, action,
                    relation, null);
        }
    }

    /**
     * What timeline-service's feed tells this service about cited articles and events is not a claim's own data:
     * it is joined in when a claim is read, never recorded in its revisions (nor compared as a change of it).
     */
    private static final List<String> LEARNED_FROM_TIMELINE = List.of("articleStatus", "articleStatusNote", "eventDeleted");

    /** Records the revisions of one write, all at {@code at}, by the caller; must run inside the write's transaction. */
    public Uni<Void> record(Instant at, List<Revised> revised) {
        return revised.isEmpty() ? Uni.createFrom().voidItem() : record(at, revised, authors.current());
    }

    /** Records the revisions of a write made by {@code author}, not by a caller (one the timeline feed brought). */
    public Uni<Void> record(Instant at, List<Revised> revised, Revision.Author author) {
        if (revised.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        ArrayNode keys = json.createArrayNode();
        revised.forEach(r -> keys.addObject().put("type", r.type().key()).put("id", r.id().toString()));
        return repository.latest(write(keys)).chain(found -> {
            Map<String, StoredRevision> previous = new HashMap<>();
            found.forEach(stored -> previous.put(stored.resourceType() + "/" + stored.resourceId(), stored));
            ArrayNode rows = json.createArrayNode();
            for (Revised r : revised) {
                StoredRevision before = previous.get(r.type().key() + "/" + r.id());
                JsonNode state = withoutLearned(json.valueToTree(r.state()));
                List<Revision.Change> changes = Changes.of(r.type(), r.action(),
                        before == null ? null : canonical(r.type(), before.state()), state);
                if (r.action() == RevisionAction.UPDATED && changes.isEmpty()) {
                    continue;
                }
                ObjectNode row = rows.addObject();
                row.put("id", UUID.randomUUID().toString());
                row.put("resource_type", r.type().key());
                row.put("resource_id", r.id().toString());
                row.put("story_id", r.storyId());
                row.put("claim_id", r.claimId() == null ? null : r.claimId().toString());
                row.put("actor_id", r.actorId() == null ? null : r.actorId().toString());
                row.put("number", before == null ? 1 : before.number() + 1);
                row.put("action", r.action().name());
                row.put("author_subject", author.subject());
                row.put("author_name", author.name());
                row.put("recorded_at", at.toString());
                row.set("changes", json.valueToTree(changes));
                row.set("state", state);
                row.put("version", r.version());
            }
            return rows.isEmpty() ? Uni.createFrom().voidItem() : repository.insert(write(rows)).replaceWithVoid();
        });
    }

    /** Where the revisions a page lists belong: a resource, or every stance of one actor on one claim. */
    public record Scope(RevisedResource type, UUID resourceId, String storyId, UUID claimId, UUID actorId) {

        public static Scope actor(UUID actorId) {
            return new Scope(RevisedResource.ACTOR, actorId, null, null, null);
        }

        public static Scope claim(String storyId, UUID claimId) {
            return new Scope(RevisedResource.CLAIM, claimId, storyId, null, null);
        }

        /** An appearance or relation of a claim, by its own id. */
        public static Scope part(RevisedResource type, String storyId, UUID claimId, UUID id) {
            return new Scope(type, id, storyId, claimId, null);
        }

        public static Scope verdict(String storyId, UUID claimId) {
            return new Scope(RevisedResource.VERDICT, claimId, storyId, claimId, null);
        }

        /** Every stance the actor took on the claim: each change of stance is a stance of its own. */
        public static Scope stances(String storyId, UUID claimId, UUID actorId) {
            return new Scope(RevisedResource.STANCE, null, storyId, claimId, actorId);
        }
    }

    /**
     * One page of revisions, newest first; a null item when there never was one in that scope (an
     * unknown id, or one of another story or claim). A deleted resource keeps its history.
     */
    public Uni<RevisionPage> page(Scope scope, String after, Integer limit) {
        int size = Pages.limit(limit);
        Cursor cursor = Cursor.decode(after, 3);
        return repository.history(scope.type(), scope.resourceId(), scope.storyId(), scope.claimId(), scope.actorId(),
                        cursor == null ? null : cursor.instant(0), cursor == null ? null : number(cursor.text(1)),
                        cursor == null ? null : cursor.uuid(2), size + 1)
                .map(rows -> {
                    if (rows.isEmpty() && cursor == null) {
                        return null;
                    }
                    String next = null;
                    if (rows.size() > size) {
                        Revision last = rows.get(size - 1);
                        next = Cursor.encode(last.recordedAt(), last.number(), last.id());
                    }
                    return new RevisionPage(rows.stream().limit(size).toList(), next);
                });
    }

    /** The newest revision of a resource, or a null item. */
    public Uni<StoredRevision> latest(RevisedResource type, UUID id) {
        return repository.latest(type, id);
    }

    /** What was deleted together with a claim at {@code deletedAt}. */
    public Uni<List<StoredRevision>> deletedWith(String storyId, UUID claimId, Instant deletedAt) {
        return repository.deletedWith(storyId, claimId, deletedAt);
    }

    /** A stored state read as the representation it is of, as this version of the service writes it. */
    public <T> T read(StoredRevision stored, Class<T> representation) {
        try {
            return tolerant.treeToValue(stored.state(), representation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + stored.resourceType() + " state cannot be read", e);
        }
    }

    // A stored state in the shape this service writes today, so a state written by a migration or an
    // earlier version compares equal to the same values written now.
    private JsonNode canonical(RevisedResource type, JsonNode stored) {
        try {
            return withoutLearned(json.valueToTree(tolerant.treeToValue(stored, REPRESENTATION.get(type))));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new IllegalStateException("a stored " + type.key() + " state cannot be read", e);
        }
    }

    private static JsonNode withoutLearned(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove(LEARNED_FROM_TIMELINE);
            object.forEach(Revisions::withoutLearned);
        } else if (node instanceof ArrayNode array) {
            array.forEach(Revisions::withoutLearned);
        }
        return node;
    }

    private static int number(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw ProblemException.badParameter("after", "is not a cursor this list gave out");
        }
    }

    private String write(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write revisions", e);
        }
    }
}

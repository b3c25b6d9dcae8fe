package io.newsroom.claims.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.claims.domain.ActorEntity;
import io.newsroom.claims.domain.ClaimEntity;
import io.newsroom.claims.repository.ActorRepository;
import io.newsroom.claims.repository.ClaimRepository;
import io.newsroom.stylebook.EntityTags;
import io.newsroom.stylebook.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What every write on a claim starts from, whichever aggregate it changes: the claim in its story
 * (404 otherwise), the actors it names (422 naming the field otherwise), the claim's version
 * checked against If-Match, the time of recording, and the body a create stores for replays.
 */
@ApplicationScoped
class ClaimLookup {

    private final ClaimRepository claims;
    private final ActorRepository actors;
    private final ObjectMapper json;
    private final Clock clock;

    ClaimLookup(ClaimRepository claims, ActorRepository actors, ObjectMapper json, Clock clock) {
        this.claims = claims;
        this.actors = actors;
        this.json = json;
        this.clock = clock;
    }

    Uni<ClaimEntity> existing(String storyId, UUID claimId) {
        return claims.findInStory(storyId, claimId).onItem().ifNull()
                .failWith(() -> ProblemException.notFound("No claim " + claimId + " in story " + storyId));
    }

    /**
     * A claim's parts as of an instant, read from the revisions; a null item (no such claim then: not recorded
     * yet, or deleted then) is 404 as {@link #existing} is now.
     */
    <T> Uni<T> existedThen(Uni<T> parts, String storyId, UUID claimId, Instant asOf) {
        return parts.onItem().ifNull().failWith(() -> ProblemException.notFound("No claim " + claimId + " in story "
                + storyId + " as of " + asOf));
    }

    /** The claim, when If-Match names its current version: stances and verdicts are part of the claim's ETag. */
    Uni<ClaimEntity> matching(String storyId, UUID claimId, String ifMatch) {
        return existing(storyId, claimId).invoke(claim ->
                EntityTags.requireMatch(ifMatch, EntityTags.of(claim.version), "the claim"));
    }

    /** The actor a write names; an id merged into another stands for the kept actor, as its GET redirects there. */
    Uni<ActorEntity> actor(UUID actorId, String field) {
        return actors.findById(actorId).chain(actor -> actor != null ? Uni.createFrom().item(actor)
                : actors.redirect(actorId).chain(kept -> kept == null ? Uni.createFrom().nullItem()
                        : actors.findById(kept)))
                .onItem().ifNull().failWith(() -> ProblemException.invalid(field, "no actor " + actorId));
    }

    /** At the precision PostgreSQL keeps, so what a response shows equals what is stored. */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    String body(Object representation) {
        try {
            return json.writeValueAsString(representation);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a response", e);
        }
    }
}

package io.newsroom.gateway.ingestion;

/**
 * An actor as a candidate refers to it: the proposed actor's fingerprint (see {@link ActorCandidate}), its name,
 * and the id of the story's actor when it is one already known (else null).
 */
public record ActorRef(String actorFingerprint, String name, String knownActorId) {
}

package io.newsroom.gateway.ingestion;

import io.newsroom.gateway.domain.StancePosition;

/**
 * One actor taking a position on a claim.
 *
 * @param verb                   the word that carries the position ("rejected", "backed")
 * @param targetClaimFingerprint the claim of this article it answers, or null
 * @param targetKnownClaimId     the story's claim it answers (directly, or through the article's claim when that
 *                               repeats a known one), or null
 */
public record StanceCandidate(String fingerprint, Excerpt excerpt, ActorRef actor, StancePosition position, String verb,
                              String targetClaimFingerprint, String targetKnownClaimId) {
}

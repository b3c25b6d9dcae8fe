package io.newsroom.gateway.ingestion;

import java.util.List;

import io.newsroom.gateway.domain.ActorKind;

/**
 * A person, organisation, government or group the article mentions, cited at its first mention.
 *
 * @param matchesActorId the story's actor it is, or null for an actor to create
 * @param titles         what the article calls it ("russian president", "envoy"): how back-references found it
 * @param mentions       how many times the article names it (pronouns not counted)
 */
public record ActorCandidate(String fingerprint, Excerpt excerpt, String name, ActorKind kind, String matchesActorId,
                             List<String> titles, int mentions) {
}

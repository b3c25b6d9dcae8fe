package io.newsroom.gateway.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.gateway.domain.ActorKind;
import io.newsroom.gateway.domain.StancePosition;

/** A stance links to the claim it answers: the article's own, or the story's. */
class StanceLinkingTest {

    @Test
    void thatClaimIsTheClaimJustMade() {
        Proposals proposals = Desk.read("Russia's defence ministry said its troops had taken the town. "
                + "Ukraine's General Staff rejected that claim, saying its units still held the north.");
        StanceCandidate stance = proposals.stances().get(0);
        assertEquals(StancePosition.DISPUTES, stance.position());
        assertEquals("Ukraine's General Staff", stance.actor().name());
        assertEquals(proposals.claims().get(0).fingerprint(), stance.targetClaimFingerprint());
    }

    @Test
    void aPossessiveNamesWhoseClaimItIsEvenWhenAnotherIsMoreRecent() {
        Proposals proposals = Desk.read("Erik Sandberg said the region had ignored an audit. "
                + "Anna Lindqvist said the hospitals were coping. "
                + "Region Norrvik rejected Sandberg's criticism, saying every recommendation had been followed.");
        StanceCandidate stance = proposals.stances().get(0);
        ClaimCandidate target = proposals.claims().stream()
                .filter(c -> c.fingerprint().equals(stance.targetClaimFingerprint())).findFirst().orElseThrow();
        assertEquals("Erik Sandberg", target.speaker().name());
    }

    @Test
    void backingIsSupport() {
        Proposals proposals = Desk.read("The returning officer, Sinead Walsh, said no ballots were lost. "
                + "Maria Okafor backed the returning officer's account, saying the staff were careful.");
        StanceCandidate stance = proposals.stances().get(0);
        assertEquals(StancePosition.SUPPORTS, stance.position());
        assertEquals("Maria Okafor", stance.actor().name());
        assertEquals(proposals.claims().get(0).fingerprint(), stance.targetClaimFingerprint());
    }

    @Test
    void aStanceOnTheStorysClaimLinksToItById() {
        KnownActor officials = new KnownActor("actor-officials", "Russian officials", List.of(), ActorKind.GROUP);
        KnownActor institute = new KnownActor("actor-isw", "Institute for the Study of War", List.of("ISW"),
                ActorKind.ORGANIZATION);
        KnownClaim momentum = new KnownClaim("claim-momentum", "actor-officials",
                "Russian forces have battlefield momentum and are making rapid gains");
        Article article = Article.ofText("https://example.test/isw", "ISW", Instant.parse("2025-11-28T09:00:00Z"),
                ZoneId.of("Europe/Kyiv"), "The Institute for the Study of War disputed Russian claims of rapid "
                        + "battlefield gains, saying the advance had slowed.", "en");
        Proposals proposals = Desk.READER.read(article,
                new StoryKnowledge(List.of(officials, institute), List.of(), List.of(momentum)));
        StanceCandidate stance = proposals.stances().get(0);
        assertEquals("actor-isw", stance.actor().knownActorId());
        assertEquals("claim-momentum", stance.targetKnownClaimId());
        assertNull(stance.targetClaimFingerprint());
    }

    @Test
    void questioningAPersonIsNoStanceOnAClaim() {
        Proposals proposals = Desk.read("Nadia Qureshi said the banker had hidden the risks. "
                + "Tom Ashby has questioned the reliability of the main witness.");
        assertEquals(0, proposals.stances().size(), proposals.stances().toString());
    }

    @Test
    void thePassiveAgentTakesTheStanceAndARelativeClauseNamesTheSpeaker() {
        KnownActor officials = new KnownActor("actor-officials", "Russian officials", List.of(), ActorKind.GROUP);
        KnownActor institute = new KnownActor("actor-isw", "Institute for the Study of War", List.of("ISW"),
                ActorKind.ORGANIZATION);
        KnownClaim momentum = new KnownClaim("claim-momentum", "actor-officials",
                "Russian forces have battlefield momentum in Ukraine");
        Article article = Article.ofText("https://example.test/isw2", "ISW", Instant.parse("2025-11-28T09:00:00Z"),
                ZoneId.of("Europe/Kyiv"), "Recent claims by Russian officials about battlefield momentum in Ukraine have"
                        + " been disputed by the Institute for the Study of War, which argues that a quick victory is"
                        + " not imminent.", "en");
        Proposals proposals = Desk.READER.read(article,
                new StoryKnowledge(List.of(officials, institute), List.of(), List.of(momentum)));
        StanceCandidate stance = proposals.stances().get(0);
        assertEquals("actor-isw", stance.actor().knownActorId());
        assertEquals(StancePosition.DISPUTES, stance.position());
        assertEquals("claim-momentum", stance.targetKnownClaimId());
        assertEquals("actor-isw", proposals.claims().get(0).speaker().knownActorId());
    }
}

package io.newsroom.gateway.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A sentence about a fact the story holds is a new citation or appearance of it, not a second fact. */
class StoryMatchingTest {

    private static final KnownEvent ALASKA = new KnownEvent("event-alaska", "Putin and Trump meet at Alaska summit",
            Instant.parse("2025-08-15T00:00:00Z"), Instant.parse("2025-08-15T23:59:59Z"), List.of("actor-putin"));
    private static final KnownClaim BASIS = new KnownClaim("claim-basis", "actor-putin",
            "The US proposals could become the basis for a settlement of the war");

    private static Proposals read(String text) {
        return Desk.READER.read(Desk.article("2025-11-28T09:00:00Z", "Europe/Kyiv", text),
                new StoryKnowledge(List.of(Desk.PUTIN, Desk.WITKOFF), List.of(ALASKA), List.of(BASIS)));
    }

    @Test
    void overlappingDateAndSharedParticipantIsACitation() {
        EventCandidate event = Desk.onlyEvent(read("Putin met the US president in Anchorage on 15 August."));
        assertEquals("event-alaska", event.matchesEventId());
    }

    @Test
    void overlappingDateAndSimilarTitleIsACitation() {
        EventCandidate event = Desk.onlyEvent(read("The Alaska summit on 15 August ended without a ceasefire."));
        assertEquals("event-alaska", event.matchesEventId());
    }

    @Test
    void anotherDateIsAnotherEvent() {
        EventCandidate event = Desk.onlyEvent(read("Putin met the US president in Anchorage on 16 August."));
        assertNull(event.matchesEventId());
    }

    @Test
    void theSameDayWithoutSharedParticipantOrTitleIsAnotherEvent() {
        EventCandidate event = Desk.onlyEvent(read("A ferry sank off Crete on 15 August."));
        assertNull(event.matchesEventId());
    }

    @Test
    void theSameClaimantSayingMuchTheSameIsAnAppearance() {
        ClaimCandidate claim = read("Putin said the American proposals could become a basis for a settlement.")
                .claims().get(0);
        assertEquals("claim-basis", claim.matchesClaimId());
    }

    @Test
    void anotherClaimantOrAnotherPropositionIsANewClaim() {
        Proposals proposals = read("Witkoff said the proposals could become a basis for a settlement. "
                + "Putin said the weather in Bishkek was cold.");
        assertNull(proposals.claims().get(0).matchesClaimId());
        assertNull(proposals.claims().get(1).matchesClaimId());
    }
}

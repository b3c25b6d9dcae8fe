package io.newsroom.gateway.ingestion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.gateway.domain.ActorKind;
import io.newsroom.gateway.ingestion.ClaimCandidate.SpeechForm;

/** A speaker is resolved through names, aliases, surnames, pronouns and titles, pointing back only. */
class SpeakerBackReferenceTest {

    @Test
    void pronounsAndTitlesPointBackToTheKnownActor() {
        Proposals proposals = Desk.read("Russian President Vladimir Putin spoke in Minsk on Thursday. "
                + "The Russian president said the proposals were a basis for talks. "
                + "He added that the envoy would be welcome. "
                + "“We are ready for a serious conversation,” the Kremlin leader told reporters.", Desk.PUTIN);
        List<ClaimCandidate> claims = proposals.claims();
        assertEquals(3, claims.size(), claims.toString());
        for (ClaimCandidate claim : claims) {
            assertEquals("actor-putin", claim.speaker().knownActorId(), claim.excerpt().quote());
        }
        assertEquals(SpeechForm.DIRECT_QUOTE, claims.get(2).form());
        assertEquals("We are ready for a serious conversation,", claims.get(2).proposition());
    }

    @Test
    void aTitleLearntBesideANameIsWhatLaterDescriptionsMatch() {
        Proposals proposals = Desk.read("Special envoy Steve Witkoff landed in Tallinn. Officials met Anna Berg, "
                + "a local councillor, at the port. The envoy said the visit would last two days.", Desk.WITKOFF);
        ClaimCandidate claim = proposals.claims().get(0);
        assertEquals("actor-witkoff", claim.speaker().knownActorId());
    }

    @Test
    void aSurnameRefersToThePersonNamedInFullEarlier() {
        Proposals proposals = Desk.read("The returning officer, Sinead Walsh, closed the count. "
                + "Walsh said the ballots would be checked again.");
        ClaimCandidate claim = proposals.claims().get(0);
        assertEquals("Sinead Walsh", claim.speaker().name());
        assertNull(claim.speaker().knownActorId());
        ActorCandidate walsh = proposals.actors().stream().filter(a -> a.name().equals("Sinead Walsh")).findFirst()
                .orElseThrow();
        assertEquals(ActorKind.PERSON, walsh.kind());
        assertEquals(2, walsh.mentions());
        assertEquals(true, walsh.titles().contains("officer"), walsh.titles().toString());
    }

    @Test
    void aPossessivePronounWithAVoiceIsThePerson() {
        Proposals proposals = Desk.read("Australia's trade minister, Sarah Kemp, will attend the summit. "
                + "Her office said Canberra would contribute to the fund.");
        assertEquals("Sarah Kemp", proposals.claims().get(0).speaker().name());
    }

    @Test
    void theCompanyIsTheLatestCompanyNotAUnion() {
        Proposals proposals = Desk.read("Harbor Rail Group met the drivers' union, the RDU union, on Monday. "
                + "The company said a new offer would follow.");
        assertEquals("Harbor Rail Group", proposals.claims().get(0).speaker().name());
    }

    @Test
    void aTrailingAttributionNamesTheSpeakerNotTheSubject() {
        Proposals proposals = Desk.read("Steve Witkoff is expected in Moscow on Tuesday, the Kremlin said.", Desk.WITKOFF);
        ClaimCandidate claim = proposals.claims().get(0);
        assertEquals("Kremlin", claim.speaker().name());
        assertEquals(ActorKind.GOVERNMENT, proposals.actors().stream().filter(a -> a.name().equals("Kremlin"))
                .findFirst().orElseThrow().kind());
    }

    @Test
    void aGroupThatSpeaksIsAnActor() {
        Proposals proposals = Desk.read("Several European officials have accused Moscow of stalling.");
        assertEquals("European officials", proposals.claims().get(0).speaker().name());
        assertEquals(ActorKind.GROUP, proposals.actors().get(0).kind());
    }

    @Test
    void noSpeakerNoClaim() {
        Proposals proposals = Desk.read("Firefighting costs have doubled, according to state figures. "
                + "The Kremlin has not said who will attend.");
        assertEquals(0, proposals.claims().size(), proposals.claims().toString());
    }
}

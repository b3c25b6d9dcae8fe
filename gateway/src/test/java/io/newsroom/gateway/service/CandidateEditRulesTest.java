package io.newsroom.gateway.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.newsroom.gateway.domain.EventKind;
import io.newsroom.gateway.view.Candidate.Kind;
import io.newsroom.gateway.view.Candidate.Proposal;
import io.newsroom.gateway.view.CandidateEdits;
import io.newsroom.gateway.view.CandidateEdits.ActorEdits;
import io.newsroom.gateway.view.CandidateEdits.ClaimEdits;
import io.newsroom.gateway.view.CandidateEdits.EventEdits;
import io.newsroom.stylebook.FieldProblem;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;

/** What an editor may correct while accepting, refused before anything is sent and named by its field. */
class CandidateEditRulesTest {

    private static List<String> refused(Kind kind, Proposal proposal, CandidateEdits edits) {
        ProblemException problem = assertThrows(ProblemException.class, () -> CandidateEditRules.check(kind, proposal, edits));
        assertEquals(ProblemType.VALIDATION, problem.type());
        return problem.fields().stream().map(FieldProblem::field).toList();
    }

    private static CandidateEdits event(EventEdits e) {
        return new CandidateEdits(e, null, null, null);
    }

    @Test
    void correctionsWithinTheRulesPass() {
        assertDoesNotThrow(() -> CandidateEditRules.check(Kind.EVENT, Proposal.NEW, null));
        assertDoesNotThrow(() -> CandidateEditRules.check(Kind.EVENT, Proposal.NEW,
                event(new EventEdits("Ferry talks in Bergen", "2025-11-28", null, EventKind.MEETING, null))));
        assertDoesNotThrow(() -> CandidateEditRules.check(Kind.ACTOR, Proposal.NEW,
                new CandidateEdits(null, null, null, new ActorEdits("Velund Ferries", null, null))));
    }

    @Test
    void onlyThePartOfTheCandidatesKindIsTaken() {
        assertEquals(List.of("claim"), refused(Kind.EVENT, Proposal.NEW,
                new CandidateEdits(null, new ClaimEdits("It was said", null, null, null, null), null, null)));
    }

    @Test
    void aCitationOrAnAppearanceLeavesTheFactItCitesAsItIs() {
        assertEquals(List.of("event.title"), refused(Kind.EVENT, Proposal.CITATION,
                event(new EventEdits("Another title", null, null, null, null))));
        assertEquals(List.of("event.date"), refused(Kind.EVENT, Proposal.NEW,
                event(new EventEdits(null, "2025-11-28", null, null, "1e7a0000-0000-4000-8000-000000000001"))));
        assertEquals(List.of("claim.proposition"), refused(Kind.CLAIM, Proposal.APPEARANCE,
                new CandidateEdits(null, new ClaimEdits("Reworded", null, null, null, null), null, null)));
        assertEquals(List.of("actor.name"), refused(Kind.ACTOR, Proposal.NEW,
                new CandidateEdits(null, null, null, new ActorEdits("Renamed", null, "0b8f5c1e-0000-4000-8000-000000000001"))));
    }

    @Test
    void textsDatesAndIdsAreCheckedByTheServicesRules() {
        assertEquals(List.of("event.title", "event.date"), refused(Kind.EVENT, Proposal.NEW,
                event(new EventEdits("t".repeat(CandidateEditRules.MAX_TITLE + 1), "next Friday", null, null, null))));
        assertEquals(List.of("event.eventId"), refused(Kind.EVENT, Proposal.NEW, event(new EventEdits(null, null, null, null, "not-an-id"))));
        assertEquals(List.of("event.title"), refused(Kind.EVENT, Proposal.NEW, event(new EventEdits("  ", null, null, null, null))));
        assertEquals(List.of("claim.proposition", "claim.madeAt", "claim.claimantId"), refused(Kind.CLAIM, Proposal.NEW,
                new CandidateEdits(null, new ClaimEdits("p".repeat(CandidateEditRules.MAX_PROPOSITION + 1), "2025-13-01", "x", null, null),
                        null, null)));
    }

    @Test
    void aProposedTextTheServiceWouldRefuseNamesTheFieldThatCorrectsIt() {
        ProblemException tooLong = assertThrows(ProblemException.class,
                () -> CandidateEditRules.within("claim.proposition", "w".repeat(1001), CandidateEditRules.MAX_PROPOSITION));
        assertEquals("claim.proposition", tooLong.fields().get(0).field());
        assertEquals("A plain title", CandidateEditRules.within("event.title", "  A plain title ", CandidateEditRules.MAX_TITLE));
    }
}

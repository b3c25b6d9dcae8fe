package io.newsroom.gateway.service;

import java.util.ArrayList;
import java.util.List;

import io.newsroom.gateway.view.Candidate;
import io.newsroom.gateway.view.CandidateEdits;
import io.newsroom.stylebook.Edtf;
import io.newsroom.stylebook.FieldProblem;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;

/**
 * What an editor may correct while accepting, checked before anything is sent, every problem named by its field:
 * the part of the candidate's own kind only, texts within the services' limits (so a service never refuses an
 * accept for a length the gateway could have named), dates that are EDTF, ids that are ids.
 */
final class CandidateEditRules {

    /** The services' own limits: an event's title, a claim's proposition, a stance's summary, an actor's name. */
    static final int MAX_TITLE = 300;
    static final int MAX_PROPOSITION = 1000;
    static final int MAX_SUMMARY = 2000;
    static final int MAX_NAME = 200;

    private CandidateEditRules() {
    }

    static void check(Candidate.Kind kind, Candidate.Proposal proposal, CandidateEdits edits) {
        if (edits == null) {
            return;
        }
        List<FieldProblem> problems = new ArrayList<>();
        otherKind(problems, kind, Candidate.Kind.EVENT, "event", edits.event());
        otherKind(problems, kind, Candidate.Kind.CLAIM, "claim", edits.claim());
        otherKind(problems, kind, Candidate.Kind.STANCE, "stance", edits.stance());
        otherKind(problems, kind, Candidate.Kind.ACTOR, "actor", edits.actor());
        if (edits.event() != null && kind == Candidate.Kind.EVENT) {
            CandidateEdits.EventEdits e = edits.event();
            text(problems, "event.title", e.title(), MAX_TITLE);
            edtf(problems, "event.date", e.date());
            id(problems, "event.eventId", e.eventId());
            boolean citation = e.eventId() != null || proposal == Candidate.Proposal.CITATION;
            if (citation) {
                // A citation adds the article to an event as it is: its title or date are the event's own, edited there.
                notForExisting(problems, "event.title", e.title(), "a citation");
                notForExisting(problems, "event.date", e.date(), "a citation");
                notForExisting(problems, "event.status", e.status(), "a citation");
                notForExisting(problems, "event.eventKind", e.eventKind(), "a citation");
            }
        }
        if (edits.claim() != null && kind == Candidate.Kind.CLAIM) {
            CandidateEdits.ClaimEdits c = edits.claim();
            text(problems, "claim.proposition", c.proposition(), MAX_PROPOSITION);
            edtf(problems, "claim.madeAt", c.madeAt());
            id(problems, "claim.claimantId", c.claimantId());
            id(problems, "claim.eventId", c.eventId());
            id(problems, "claim.claimId", c.claimId());
            if (c.claimId() != null || proposal == Candidate.Proposal.APPEARANCE) {
                notForExisting(problems, "claim.proposition", c.proposition(), "an appearance");
                notForExisting(problems, "claim.claimantId", c.claimantId(), "an appearance");
                notForExisting(problems, "claim.madeAt", c.madeAt(), "an appearance");
                notForExisting(problems, "claim.eventId", c.eventId(), "an appearance");
            }
        }
        if (edits.stance() != null && kind == Candidate.Kind.STANCE) {
            CandidateEdits.StanceEdits s = edits.stance();
            text(problems, "stance.summary", s.summary(), MAX_SUMMARY);
            id(problems, "stance.actorId", s.actorId());
            id(problems, "stance.claimId", s.claimId());
        }
        if (edits.actor() != null && kind == Candidate.Kind.ACTOR) {
            CandidateEdits.ActorEdits a = edits.actor();
            text(problems, "actor.name", a.name(), MAX_NAME);
            id(problems, "actor.actorId", a.actorId());
            if (a.actorId() != null) {
                notForExisting(problems, "actor.name", a.name(), "an actor already known");
                notForExisting(problems, "actor.actorKind", a.actorKind(), "an actor already known");
            }
        }
        if (!problems.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "The edits cannot be applied: " + problems.stream()
                    .map(p -> p.field() + " " + p.message()).reduce((a, b) -> a + "; " + b).orElse(""), problems);
        }
    }

    /** A proposed text the service would refuse, named by the field an editor corrects it with. */
    static String within(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalid(field, "is empty; give it in the edits");
        }
        String value = text.strip();
        if (value.length() > max) {
            throw ProblemException.invalid(field, "is " + value.length() + " characters, more than the " + max
                    + " the service takes; give a shorter one in the edits");
        }
        return value;
    }

    private static void otherKind(List<FieldProblem> problems, Candidate.Kind kind, Candidate.Kind part, String field, Object edits) {
        if (edits != null && kind != part) {
            problems.add(new FieldProblem(field, "does not apply to a " + kind + " candidate"));
        }
    }

    private static void notForExisting(List<FieldProblem> problems, String field, Object value, String what) {
        if (value != null) {
            problems.add(new FieldProblem(field, "does not apply to " + what + ": change the fact itself in its service"));
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null) {
            return;
        }
        if (value.isBlank()) {
            problems.add(new FieldProblem(field, "must not be blank"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "must be at most " + max + " characters"));
        }
    }

    private static void edtf(List<FieldProblem> problems, String field, String value) {
        if (value == null) {
            return;
        }
        try {
            Edtf.parse(value);
        } catch (IllegalArgumentException invalid) {
            problems.add(new FieldProblem(field, "must be an EDTF date: " + Edtf.FORMS));
        }
    }

    private static void id(List<FieldProblem> problems, String field, String value) {
        if (value != null && Ids.uuidOrNull(value) == null) {
            problems.add(new FieldProblem(field, "must be an id (a UUID)"));
        }
    }
}

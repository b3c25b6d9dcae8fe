package io.newsroom.gateway.view;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.ActorKind;
import io.newsroom.gateway.domain.Citation;
import io.newsroom.gateway.domain.EdtfDate;
import io.newsroom.gateway.domain.EventKind;
import io.newsroom.gateway.domain.EventStatus;
import io.newsroom.gateway.domain.StancePosition;
import io.newsroom.gateway.ingestion.ClaimCandidate.SpeechForm;

@Schema(description = "A fact proposed from one sentence of an article: an event, a claim, a stance or an actor. "
        + "Exactly one of 'event', 'claim', 'stance' and 'actor' is given, the one its kind names. Accepting it "
        + "creates the fact through the services, citing the article; rejecting it records why.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Candidate(
        @Schema(required = true) String id,
        @Schema(required = true) Kind kind,
        @Schema(required = true) State state,
        @Schema(required = true) Proposal proposal,
        @Schema(required = true, description = "The article, with the exact sentence as the quote: what an accepted "
                + "fact cites") Citation citation,
        @Schema(required = true, description = "Where the quoted sentence stands in the ingestion's mainText") Offsets offsets,
        @Schema(description = "The event proposed; present only for an EVENT candidate") EventProposal event,
        @Schema(description = "The claim proposed; present only for a CLAIM candidate") ClaimProposal claim,
        @Schema(description = "The stance proposed; present only for a STANCE candidate") StanceProposal stance,
        @Schema(description = "The actor proposed; present only for an ACTOR candidate") ActorProposal actor,
        @Schema(description = "Who accepted or rejected it, when, and with what result; absent while PROPOSED")
        Decision decision) {

    @Schema(name = "CandidateKind", description = "What kind of fact a candidate proposes")
    public enum Kind {
        EVENT, CLAIM, STANCE, ACTOR
    }

    @Schema(name = "CandidateState", description = "Where a desk stands on a candidate")
    public enum State {
        PROPOSED, ACCEPTED, REJECTED
    }

    @Schema(name = "CandidateProposal", description = "NEW: a fact to create. CITATION: the event is one the story holds "
            + "already (event.matchesEventId), accepting adds the article to its citations. APPEARANCE: the claim is one "
            + "the story holds already (claim.matchesClaimId), accepting adds the article as an appearance. KNOWN: the "
            + "actor is one the system holds already (actor.matchesActorId), accepting creates nothing.")
    public enum Proposal {
        NEW, CITATION, APPEARANCE, KNOWN
    }

    @Schema(name = "CandidateOffsets", description = "Character offsets (UTF-16 units, start inclusive, end exclusive) "
            + "of the quoted sentence in the ingestion's mainText")
    public record Offsets(@Schema(required = true) int start, @Schema(required = true) int end) {
    }

    @Schema(name = "ActorMention", description = "An actor as a candidate names it")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActorMention(
            @Schema(required = true, description = "The name the article gives") String name,
            @Schema(description = "The actor of the claims-service it is; absent unless it is one already known") String actorId,
            @Schema(description = "The ACTOR candidate of this ingestion that proposes it; absent when none does") String candidateId) {
    }

    @Schema(name = "EventProposal", description = "A dated happening, from a sentence with a time expression")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventProposal(
            @Schema(required = true, description = "A short title: the sentence's clause without its date") String title,
            @Schema(required = true, description = "The time expression as written", examples = "early next week")
            String phrase,
            @Schema(required = true, description = "Offset of the phrase in mainText") int phraseStart,
            @Schema(required = true, description = "What the stylebook's date rules were asked to resolve",
                    examples = "early next week")
            String resolvedPhrase,
            @Schema(required = true, description = "What the phrase was read against: the article's publication in its zone")
            PhraseAnchor anchor,
            @Schema(required = true, description = "The date the phrase gives, at its precision") EdtfDate date,
            @Schema(required = true, description = "From the tense: 'will travel' is SCHEDULED, 'met' OCCURRED")
            EventStatus status,
            @Schema(required = true, description = "STATEMENT for the speech a claim of the same sentence was made at "
                    + "('said on Tuesday that...'), else OTHER: the reading tells no meeting from a military move")
            EventKind kind,
            @Schema(required = true, description = "Actors the sentence names") List<ActorMention> participants,
            @Schema(description = "The story's event this sentence is about (overlapping date, similar title or a "
                    + "shared participant): accepting cites the article there instead of making a second event; absent when it is new")
            String matchesEventId) {
    }

    @Schema(name = "PhraseAnchor", description = "The publication time and zone a relative phrase was read against")
    public record PhraseAnchor(@Schema(required = true) Instant publishedAt,
                               @Schema(required = true, examples = "Europe/Kyiv") String zone) {
    }

    @Schema(name = "ClaimProposal", description = "Something an actor said: a direct quote or reported speech")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ClaimProposal(
            @Schema(required = true, description = "What was claimed, in the article's words") String proposition,
            @Schema(description = "Who said it; absent when the sentence names nobody the engine could resolve")
            ActorMention speaker,
            @Schema(required = true) SpeechForm form,
            @Schema(required = true, description = "When it was said: the date of the speech the sentence reports (an "
                    + "occurred event of the same sentence), else the day the article was published")
            EdtfDate madeAt,
            @Schema(description = "The EVENT candidate of the same sentence the claim was made at (the speech itself); absent "
                    + "when the sentence proposes none")
            String eventCandidateId,
            @Schema(description = "The story's claim this repeats (same claimant, similar proposition): accepting adds "
                    + "the article as an appearance of it instead of a second claim; absent when it is new")
            String matchesClaimId) {
    }

    @Schema(name = "StanceProposal", description = "An actor backing or disputing a claim")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StanceProposal(
            @Schema(required = true) ActorMention actor,
            @Schema(required = true) StancePosition position,
            @Schema(required = true, description = "The word that carries the position", examples = "disputed") String verb,
            @Schema(required = true, description = "The stance's summary as accepted unless edited: the sentence")
            String summary,
            @Schema(description = "The CLAIM candidate of this ingestion it answers; absent when it answers a known claim")
            String claimCandidateId,
            @Schema(description = "The story's claim it answers; absent unless it is one already known") String claimId) {
    }

    @Schema(name = "ActorProposal", description = "A person, organisation, government or group the article names, "
            + "cited at its first mention")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActorProposal(
            @Schema(required = true) String name,
            @Schema(description = "What kind of actor it reads as; absent when the article does not tell") ActorKind kind,
            @Schema(required = true, description = "What the article calls it ('envoy', 'russian president')")
            List<String> titles,
            @Schema(required = true, description = "How often the article names it") int mentions,
            @Schema(description = "The claims-service's actor it is; absent unless it is one already known") String matchesActorId) {
    }

    @Schema(name = "CandidateDecision", description = "How a candidate was decided")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decision(
            @Schema(required = true) Editor by,
            @Schema(required = true) Instant at,
            @Schema(description = "Why it was rejected; absent for an accepted candidate") String rejectionReason,
            @Schema(description = "What accepting it created or found, in the services, including what the candidates it "
                    + "stands on gave (its speaker, its event): those are named by their candidateId; absent for a rejected one")
            List<AcceptedFact> acceptedAs) {
    }

    @Schema(name = "AcceptedFact", description = "A fact in the services that accepting a candidate created or found")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AcceptedFact(
            @Schema(required = true) FactKind kind,
            @Schema(required = true, description = "The event's id (EVENT, and CITATION: the event that cites the "
                    + "article), the claim's (CLAIM, and APPEARANCE: the claim the article is an appearance of), the "
                    + "stance's (STANCE) or the actor's (ACTOR)") String id,
            @Schema(description = "The claim a STANCE is on; absent for the other kinds") String claimId,
            @Schema(required = true, description = "False when it was already there: a known actor, an event already "
                    + "citing the article, an actor's stance already taken") boolean created,
            @Schema(required = true, description = "The candidate that gave it") String candidateId) {
    }

    @Schema(name = "FactKind", description = "EVENT: an event of the timeline. CITATION: the article added to an "
            + "event's citations. CLAIM: a claim. APPEARANCE: the article added to a claim's appearances. STANCE: a "
            + "stance on a claim. ACTOR: an actor.")
    public enum FactKind {
        EVENT, CITATION, CLAIM, APPEARANCE, STANCE, ACTOR
    }
}

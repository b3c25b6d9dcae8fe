package io.newsroom.gateway.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsroom.gateway.client.ClaimsClient;
import io.newsroom.gateway.client.ServiceRejectedException;
import io.newsroom.gateway.client.TimelineClient;
import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.Citation;
import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.EdtfDate;
import io.newsroom.gateway.domain.Event;
import io.newsroom.gateway.domain.EventKind;
import io.newsroom.gateway.domain.Participant;
import io.newsroom.gateway.domain.Stance;
import io.newsroom.gateway.mapping.IngestionMapper;
import io.newsroom.gateway.repository.CandidateEntity;
import io.newsroom.gateway.repository.IngestionEntity;
import io.newsroom.gateway.view.Candidate;
import io.newsroom.gateway.view.Candidate.AcceptedFact;
import io.newsroom.gateway.view.Candidate.ActorMention;
import io.newsroom.gateway.view.Candidate.ActorProposal;
import io.newsroom.gateway.view.Candidate.ClaimProposal;
import io.newsroom.gateway.view.Candidate.EventProposal;
import io.newsroom.gateway.view.Candidate.FactKind;
import io.newsroom.gateway.view.Candidate.StanceProposal;
import io.newsroom.gateway.view.CandidateEdits;
import io.newsroom.stylebook.FieldProblem;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import io.newsroom.stylebook.RelativePhrases;
import io.smallrye.mutiny.Uni;

/**
 * Creates the fact an accepted candidate stands for, through the services' APIs and as the caller: an event or a
 * citation of an event the story holds, a claim or an appearance of a claim it holds, a stance, an actor. Every
 * create carries an Idempotency-Key derived from the ingestion, the candidate and the kind of fact, so a retried
 * accept (or two at once) creates each fact once; a fact already there (an event already citing the article, an
 * actor's stance already taken) is reported as found, not created again.
 */
@ApplicationScoped
public class FactWriter {

    /** The candidates a candidate stands on, accepted first; see {@link CandidateDecisionService}. */
    interface Dependencies {
        /** @return the candidate as it stands once accepted (or as decided before); a null item when there is none */
        Uni<CandidateEntity> accepted(String candidateId);
    }

    private final TimelineClient timeline;
    private final ClaimsClient claims;

    public FactWriter(TimelineClient timeline, ClaimsClient claims) {
        this.timeline = timeline;
        this.claims = claims;
    }

    Uni<List<AcceptedFact>> write(IngestionEntity ingestion, CandidateEntity candidate, CandidateEdits edits,
            Dependencies dependencies) {
        Accepting a = new Accepting(ingestion, candidate, dependencies);
        Object payload = IngestionMapper.payload(candidate);
        Uni<Void> written = switch (candidate.kind) {
            case EVENT -> event(a, (EventProposal) payload, edits == null ? null : edits.event());
            case CLAIM -> claim(a, (ClaimProposal) payload, edits == null ? null : edits.claim());
            case STANCE -> stance(a, (StanceProposal) payload, edits == null ? null : edits.stance());
            case ACTOR -> actor(a, (ActorProposal) payload, edits == null ? null : edits.actor());
        };
        return written.map(done -> List.copyOf(a.facts));
    }

    /** One accept under way: the facts it has given so far, those of the candidates it stands on first. */
    private static final class Accepting {
        final IngestionEntity ingestion;
        final CandidateEntity candidate;
        final Dependencies dependencies;
        final Set<AcceptedFact> facts = new LinkedHashSet<>();

        Accepting(IngestionEntity ingestion, CandidateEntity candidate, Dependencies dependencies) {
            this.ingestion = ingestion;
            this.candidate = candidate;
            this.dependencies = dependencies;
        }

        String storyId() {
            return ingestion.storyId;
        }

        Citation citation() {
            return IngestionMapper.citation(ingestion, candidate.quote);
        }

        /** The key of this candidate's create of one kind of fact: the same accept always sends the same one. */
        String key(FactKind kind) {
            return Ids.key("accept", ingestion.id.toString(), candidate.id.toString(), kind.name());
        }

        Void gave(FactKind kind, String id, String claimId, boolean created) {
            facts.add(new AcceptedFact(kind, id, claimId, created, candidate.id.toString()));
            return null;
        }

        /**
         * What a candidate this one stands on gave, of the given kinds: it is accepted first if still proposed.
         *
         * @return its fact; a null item when it has none (no such candidate, or it gave another kind)
         * @throws ProblemException 409 naming {@code field} when the candidate was rejected and {@code required}
         */
        Uni<AcceptedFact> through(String candidateId, String field, boolean required, FactKind... kinds) {
            if (candidateId == null) {
                return Uni.createFrom().nullItem();
            }
            return dependencies.accepted(candidateId).map(dependency -> {
                if (dependency == null) {
                    return null;
                }
                if (dependency.state == Candidate.State.REJECTED) {
                    if (!required) {
                        return null;
                    }
                    throw new ProblemException(ProblemType.CONFLICT, "The " + dependency.kind.name().toLowerCase() + " candidate "
                            + dependency.id + " it stands on was rejected (" + dependency.rejectionReason + "): give " + field
                            + " in the edits", List.of(new FieldProblem(field,
                                    "the candidate it stands on was rejected; name the fact to use instead")));
                }
                List<AcceptedFact> given = IngestionMapper.facts(dependency.acceptedAs);
                facts.addAll(given);
                return given.stream().filter(f -> f.candidateId().equals(dependency.id.toString())
                        && List.of(kinds).contains(f.kind())).findFirst().orElse(null);
            });
        }
    }

    private Uni<Void> event(Accepting a, EventProposal proposed, CandidateEdits.EventEdits edits) {
        String cited = edits != null && edits.eventId() != null ? edits.eventId() : proposed.matchesEventId();
        if (cited != null) {
            return timeline.citeInEvent(a.storyId(), cited, a.citation()).map(added -> {
                if (added == null) {
                    throw ProblemException.field(ProblemType.REFERENCE, "event.eventId", (edits != null && edits.eventId() != null
                            ? "is no event of the story" : "the event this candidate cites (" + cited + ") is no longer in the story")
                            + "; give the id of an event of the story");
                }
                return a.gave(FactKind.CITATION, cited, null, added);
            });
        }
        String title = CandidateEditRules.within("event.title", edits != null && edits.title() != null ? edits.title() : proposed.title(),
                CandidateEditRules.MAX_TITLE);
        String date = edits != null && edits.date() != null ? edits.date().strip() : proposed.date().edtf();
        Event event = Event.builder().title(title)
                .kind(edits != null && edits.eventKind() != null ? edits.eventKind()
                        : proposed.kind() != null ? proposed.kind() : EventKind.OTHER)
                .when(EdtfDate.of(date))
                .status(edits != null && edits.status() != null ? edits.status() : proposed.status())
                .participants(proposed.participants().stream().map(ActorMention::name).distinct()
                        .map(name -> new Participant(name, null)).toList())
                .citations(List.of(a.citation()))
                .build();
        String key = a.key(FactKind.EVENT);
        // The phrase and its anchor go to the service when its reading of the phrase is the date proposed: the same
        // rules resolve it there, and keep both, so the date can be re-read if the article's time is corrected. A
        // phrase the clause's tense read the other way ('on Thursday' ahead) goes as the date itself.
        boolean byPhrase = (edits == null || edits.date() == null) && sameReading(proposed);
        Uni<io.newsroom.gateway.client.Created<Event>> created = byPhrase
                ? timeline.createEventFromPhrase(key, a.storyId(), event, proposed.resolvedPhrase(), proposed.anchor().publishedAt(),
                        proposed.anchor().zone())
                : timeline.createEvent(key, a.storyId(), event);
        return created.map(c -> a.gave(FactKind.EVENT, c.item().id(), null, true));
    }

    private static boolean sameReading(EventProposal proposed) {
        try {
            return RelativePhrases.resolve(proposed.resolvedPhrase(), proposed.anchor().publishedAt()
                    .atZone(io.newsroom.stylebook.Zones.parse(proposed.anchor().zone()))).text().equals(proposed.date().edtf());
        } catch (RuntimeException notAPhraseTheServiceReads) {
            return false;
        }
    }

    private Uni<Void> claim(Accepting a, ClaimProposal proposed, CandidateEdits.ClaimEdits edits) {
        String repeated = edits != null && edits.claimId() != null ? edits.claimId() : proposed.matchesClaimId();
        if (repeated != null) {
            return appearance(a, repeated, edits != null && edits.claimId() != null);
        }
        String proposition = CandidateEditRules.within("claim.proposition",
                edits != null && edits.proposition() != null ? edits.proposition() : proposed.proposition(), CandidateEditRules.MAX_PROPOSITION);
        String madeAt = edits != null && edits.madeAt() != null ? edits.madeAt().strip() : proposed.madeAt().edtf();
        Uni<String> claimant = edits != null && edits.claimantId() != null ? existingActor(edits.claimantId(), "claim.claimantId")
                : speaker(a, proposed.speaker(), "claim.claimantId");
        Uni<String> event = edits != null && edits.eventId() != null ? existingEvent(a, edits.eventId(), "claim.eventId")
                : a.through(proposed.eventCandidateId(), "claim.eventId", false, FactKind.EVENT, FactKind.CITATION)
                        .map(f -> f == null ? null : f.id());
        return claimant.chain(claimantId -> event.chain(eventId -> {
            Claim claim = new Claim(null, proposition, claimantId, EdtfDate.of(madeAt), eventId, List.of(), List.of(a.citation()),
                    null, List.of(), null, null);
            return claims.createClaim(a.key(FactKind.CLAIM), a.storyId(), claim, claimantId, eventId)
                    .map(c -> a.gave(FactKind.CLAIM, c.item().id(), null, true));
        }));
    }

    /** The article as one more appearance of a claim the story holds; a claim that has it already is left as it is. */
    private Uni<Void> appearance(Accepting a, String claimId, boolean named) {
        Citation citation = a.citation();
        return claims.findClaim(a.storyId(), claimId).chain(found -> {
            if (found == null) {
                throw ProblemException.field(ProblemType.REFERENCE, "claim.claimId", (named ? "is no claim of the story"
                        : "the claim this candidate repeats (" + claimId + ") is no longer in the story") + "; give the id of a claim of the story");
            }
            boolean there = found.appearances() != null && found.appearances().stream()
                    .anyMatch(c -> BundleImportService.sameArticle(c.url()).equals(BundleImportService.sameArticle(citation.url())));
            if (there) {
                return Uni.createFrom().item(a.gave(FactKind.APPEARANCE, claimId, null, false));
            }
            return claims.addAppearance(a.key(FactKind.APPEARANCE), a.storyId(), claimId, citation)
                    .map(c -> a.gave(FactKind.APPEARANCE, claimId, null, true))
                    // Added meanwhile (the service takes one appearance per article and claim): it is there.
                    .onFailure(f -> f instanceof ServiceRejectedException r && r.status() == 409)
                    .recoverWithItem(() -> a.gave(FactKind.APPEARANCE, claimId, null, false));
        });
    }

    private Uni<Void> stance(Accepting a, StanceProposal proposed, CandidateEdits.StanceEdits edits) {
        String summary = CandidateEditRules.within("stance.summary",
                edits != null && edits.summary() != null ? edits.summary() : proposed.summary(), CandidateEditRules.MAX_SUMMARY);
        Uni<String> actor = edits != null && edits.actorId() != null ? existingActor(edits.actorId(), "stance.actorId")
                : speaker(a, proposed.actor(), "stance.actorId");
        Uni<String> claim;
        if (edits != null && edits.claimId() != null) {
            claim = existingClaim(a, edits.claimId(), "stance.claimId");
        } else if (proposed.claimId() != null) {
            claim = existingClaim(a, proposed.claimId(), "stance.claimId");
        } else {
            claim = a.through(proposed.claimCandidateId(), "stance.claimId", true, FactKind.CLAIM, FactKind.APPEARANCE).map(f -> {
                if (f == null) {
                    throw ProblemException.invalid("stance.claimId", "the sentence answers no claim the reading found; "
                            + "give the id of the claim of the story it answers");
                }
                return f.id();
            });
        }
        return actor.chain(actorId -> claim.chain(claimId -> claims.stanceId(a.storyId(), claimId, actorId).chain(held -> {
            if (held != null) {
                return Uni.createFrom().item(a.gave(FactKind.STANCE, held, claimId, false));
            }
            Stance stance = new Stance(null, actorId, edits != null && edits.position() != null ? edits.position() : proposed.position(),
                    summary, List.of(a.citation()), a.ingestion.publishedAt);
            return claims.takeStance(a.key(FactKind.STANCE), a.storyId(), claimId, stance, actorId)
                    .map(c -> a.gave(FactKind.STANCE, c.item(), claimId, true))
                    // Taken meanwhile: an actor holds one stance per claim, and that one is it.
                    .onFailure(f -> f instanceof ServiceRejectedException r && r.status() == 409)
                    .recoverWithUni(conflict -> claims.stanceId(a.storyId(), claimId, actorId).map(again -> {
                        if (again == null) {
                            throw conflict instanceof RuntimeException e ? e : new IllegalStateException(conflict);
                        }
                        return a.gave(FactKind.STANCE, again, claimId, false);
                    }));
        })));
    }

    private Uni<Void> actor(Accepting a, ActorProposal proposed, CandidateEdits.ActorEdits edits) {
        if (edits != null && edits.actorId() != null) {
            return existingActor(edits.actorId(), "actor.actorId").map(id -> a.gave(FactKind.ACTOR, id, null, false));
        }
        Uni<Actor> known = proposed.matchesActorId() == null ? Uni.createFrom().nullItem() : claims.findActor(proposed.matchesActorId(), null);
        return known.chain(found -> {
            if (found != null) {
                return Uni.createFrom().item(a.gave(FactKind.ACTOR, found.id(), null, false));
            }
            String name = CandidateEditRules.within("actor.name", edits != null && edits.name() != null ? edits.name() : proposed.name(),
                    CandidateEditRules.MAX_NAME);
            var kind = edits != null && edits.actorKind() != null ? edits.actorKind() : proposed.kind();
            if (kind == null) {
                throw ProblemException.invalid("actor.actorKind", "the reading could not tell what kind of actor it is; give it");
            }
            Actor actor = new Actor(null, name, kind, null, null, null, List.of(), List.of());
            return claims.createActor(a.key(FactKind.ACTOR), actor, List.of()).map(c -> a.gave(FactKind.ACTOR, c.item().id(), null, true));
        });
    }

    /** The actor a candidate names: the known one, or the one its ACTOR candidate gives once accepted. */
    private Uni<String> speaker(Accepting a, ActorMention mention, String field) {
        if (mention != null && mention.actorId() != null) {
            return existingActor(mention.actorId(), field);
        }
        String candidateId = mention == null ? null : mention.candidateId();
        return a.through(candidateId, field, true, FactKind.ACTOR).map(f -> {
            if (f == null) {
                throw ProblemException.invalid(field, "the sentence names nobody the reading could resolve; give the actor's id");
            }
            return f.id();
        });
    }

    private Uni<String> existingActor(String actorId, String field) {
        // An actor merged into another answers as the one kept: that is the one to name.
        return claims.findActor(actorId, null).map(found -> {
            if (found == null) {
                throw ProblemException.field(ProblemType.REFERENCE, field, "is no actor of the claims-service");
            }
            return found.id();
        });
    }

    private Uni<String> existingEvent(Accepting a, String eventId, String field) {
        return timeline.findEvent(a.storyId(), eventId).map(found -> {
            if (found == null) {
                throw ProblemException.field(ProblemType.REFERENCE, field, "is no event of the story");
            }
            return found.id();
        });
    }

    private Uni<String> existingClaim(Accepting a, String claimId, String field) {
        return claims.findClaim(a.storyId(), claimId).map(found -> {
            if (found == null) {
                throw ProblemException.field(ProblemType.REFERENCE, field, "is no claim of the story");
            }
            return Objects.requireNonNull(found.id());
        });
    }
}

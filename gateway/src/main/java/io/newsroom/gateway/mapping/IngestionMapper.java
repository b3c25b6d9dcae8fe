package io.newsroom.gateway.mapping;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.newsroom.gateway.domain.Citation;
import io.newsroom.gateway.domain.EdtfDate;
import io.newsroom.gateway.domain.EventKind;
import io.newsroom.gateway.domain.EventStatus;
import io.newsroom.gateway.ingestion.ActorCandidate;
import io.newsroom.gateway.ingestion.ActorRef;
import io.newsroom.gateway.ingestion.ClaimCandidate;
import io.newsroom.gateway.ingestion.EventCandidate;
import io.newsroom.gateway.ingestion.Excerpt;
import io.newsroom.gateway.ingestion.Proposals;
import io.newsroom.gateway.ingestion.StanceCandidate;
import io.newsroom.gateway.repository.CandidateEntity;
import io.newsroom.gateway.repository.IngestionEntity;
import io.newsroom.gateway.view.Candidate;
import io.newsroom.gateway.view.Candidate.AcceptedFact;
import io.newsroom.gateway.view.Candidate.ActorMention;
import io.newsroom.gateway.view.Candidate.ActorProposal;
import io.newsroom.gateway.view.Candidate.ClaimProposal;
import io.newsroom.gateway.view.Candidate.EventProposal;
import io.newsroom.gateway.view.Candidate.Kind;
import io.newsroom.gateway.view.Candidate.PhraseAnchor;
import io.newsroom.gateway.view.Candidate.StanceProposal;
import io.newsroom.gateway.view.Editor;
import io.newsroom.gateway.view.Ingestion;
import io.newsroom.stylebook.Edtf;

/**
 * Between the engine's proposals, the rows that keep them and the API's candidates. A candidate's kind-specific
 * part is stored as the JSON of its API record, so what the desk was shown is what accepting uses.
 */
public final class IngestionMapper {

    /**
     * Its own mapper: stored payloads must stay readable after a field is added or dropped, which the API's strict
     * mapper (unknown fields refused) would not allow.
     */
    private static final ObjectMapper STORED = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();
    private static final TypeReference<List<AcceptedFact>> FACTS = new TypeReference<>() {
    };
    /** Within one sentence: who first, then what happened, what was said, and who answered it. */
    private static final List<Kind> SENTENCE_ORDER = List.of(Kind.ACTOR, Kind.EVENT, Kind.CLAIM, Kind.STANCE);

    private IngestionMapper() {
    }

    /** What the engine proposed, as rows of the ingestion, in article order; fingerprints in {@code left} are left out. */
    public static List<CandidateEntity> candidates(IngestionEntity ingestion, Proposals proposals, Set<String> left) {
        Map<String, UUID> ids = new HashMap<>();
        List<Proposed> all = new ArrayList<>();
        Set<String> seen = new HashSet<>(left);
        proposals.actors().forEach(a -> add(all, seen, ids, Kind.ACTOR, a.fingerprint(), a.excerpt(), a));
        proposals.events().forEach(e -> add(all, seen, ids, Kind.EVENT, e.fingerprint(), e.excerpt(), e));
        proposals.claims().forEach(c -> add(all, seen, ids, Kind.CLAIM, c.fingerprint(), c.excerpt(), c));
        proposals.stances().forEach(s -> add(all, seen, ids, Kind.STANCE, s.fingerprint(), s.excerpt(), s));
        all.sort(Comparator.comparingInt((Proposed p) -> p.excerpt.start()).thenComparingInt(p -> SENTENCE_ORDER.indexOf(p.kind))
                .thenComparingInt(p -> p.order));

        Set<String> speeches = new HashSet<>();
        proposals.claims().forEach(c -> {
            EventCandidate speech = speechOf(c, proposals, ingestion.publishedAt);
            if (speech != null) {
                speeches.add(speech.fingerprint());
            }
        });
        List<CandidateEntity> rows = new ArrayList<>();
        for (Proposed p : all) {
            CandidateEntity row = new CandidateEntity();
            row.id = ids.get(p.fingerprint);
            row.ingestionId = ingestion.id;
            row.position = rows.size();
            row.kind = p.kind;
            row.state = Candidate.State.PROPOSED;
            row.fingerprint = p.fingerprint;
            row.quote = p.excerpt.quote();
            row.quoteStart = p.excerpt.start();
            row.quoteEnd = p.excerpt.end();
            row.payload = write(payload(p.engine, ingestion, proposals, ids, speeches));
            rows.add(row);
        }
        return rows;
    }

    private record Proposed(Kind kind, String fingerprint, Excerpt excerpt, Object engine, int order) {
    }

    /** The same fingerprint twice (or one proposed before) is one candidate: the first is kept. */
    private static void add(List<Proposed> all, Set<String> seen, Map<String, UUID> ids, Kind kind, String fingerprint,
            Excerpt excerpt, Object engine) {
        if (seen.add(fingerprint)) {
            ids.put(fingerprint, UUID.randomUUID());
            all.add(new Proposed(kind, fingerprint, excerpt, engine, all.size()));
        }
    }

    private static Object payload(Object engine, IngestionEntity ingestion, Proposals proposals, Map<String, UUID> ids,
            Set<String> speeches) {
        if (engine instanceof EventCandidate e) {
            return new EventProposal(e.title(), e.phrase(), e.phraseStart(), e.resolvedPhrase(),
                    new PhraseAnchor(ingestion.publishedAt, ingestion.zone), date(e.date()), e.status(),
                    speeches.contains(e.fingerprint()) ? EventKind.STATEMENT : EventKind.OTHER,
                    e.participants().stream().map(a -> mention(a, ids)).toList(), e.matchesEventId());
        }
        if (engine instanceof ClaimCandidate c) {
            EventCandidate speech = speechOf(c, proposals, ingestion.publishedAt);
            EdtfDate madeAt = speech != null ? date(speech.date())
                    : date(Edtf.day(ingestion.publishedAt.atZone(ZoneId.of(ingestion.zone)).toLocalDate()).text());
            return new ClaimProposal(c.proposition(), c.speaker() == null ? null : mention(c.speaker(), ids), c.form(), madeAt,
                    speech == null ? null : idOf(speech.fingerprint(), ids), c.matchesClaimId());
        }
        if (engine instanceof StanceCandidate s) {
            return new StanceProposal(mention(s.actor(), ids), s.position(), s.verb(), s.excerpt().quote(),
                    idOf(s.targetClaimFingerprint(), ids), s.targetKnownClaimId());
        }
        ActorCandidate a = (ActorCandidate) engine;
        return new ActorProposal(a.name(), a.kind(), a.titles(), a.mentions(), a.matchesActorId());
    }

    /**
     * The speech a claim's sentence reports, when the sentence dates it: an OCCURRED event of the same sentence that
     * had begun by the publication, the latest such ("said on Thursday that the plan of 2014..." is Thursday's).
     * A planned event in the sentence ("said the envoy will travel next week") is what was said, not when.
     */
    static EventCandidate speechOf(ClaimCandidate claim, Proposals proposals, Instant publishedAt) {
        return proposals.events().stream()
                .filter(e -> e.excerpt().start() == claim.excerpt().start() && e.status() == EventStatus.OCCURRED
                        && !e.earliest().isAfter(publishedAt))
                .max(Comparator.comparing(EventCandidate::earliest))
                .orElse(null);
    }

    private static ActorMention mention(ActorRef ref, Map<String, UUID> ids) {
        return new ActorMention(ref.name(), ref.knownActorId(), idOf(ref.actorFingerprint(), ids));
    }

    private static String idOf(String fingerprint, Map<String, UUID> ids) {
        UUID id = fingerprint == null ? null : ids.get(fingerprint);
        return id == null ? null : id.toString();
    }

    /** An EDTF text with the bounds and precision the stylebook derives, as the services answer dates. */
    public static EdtfDate date(String edtf) {
        Edtf parsed = Edtf.parse(edtf);
        return new EdtfDate(parsed.text(), parsed.precision().name(), parsed.earliest(), parsed.latest(),
                parsed.approximate(), parsed.uncertain());
    }

    public static Ingestion ingestion(IngestionEntity i, List<CandidateEntity> candidates) {
        return new Ingestion(i.id.toString(), i.storyId,
                new Ingestion.IngestedArticle(i.articleUrl, i.title, i.publishedAt, i.zone, i.language, i.outletId.toString(),
                        i.outletName, i.articleId.toString()),
                i.mainText, i.fromHtml, new Editor(i.ingestedBySubject, i.ingestedByName), i.ingestedAt,
                candidates.stream().map(c -> candidate(i, c)).toList());
    }

    public static Candidate candidate(IngestionEntity i, CandidateEntity c) {
        Object payload = payload(c);
        Candidate.Decision decision = c.state == Candidate.State.PROPOSED ? null
                : new Candidate.Decision(new Editor(c.decidedBySubject, c.decidedByName), c.decidedAt, c.rejectionReason,
                        c.acceptedAs == null ? null : facts(c.acceptedAs));
        return new Candidate(c.id.toString(), c.kind, c.state, proposal(payload), citation(i, c.quote),
                new Candidate.Offsets(c.quoteStart, c.quoteEnd),
                payload instanceof EventProposal e ? e : null, payload instanceof ClaimProposal cl ? cl : null,
                payload instanceof StanceProposal s ? s : null, payload instanceof ActorProposal a ? a : null, decision);
    }

    /** The article as every fact accepted from it cites it: the exact sentence is the quote. */
    public static Citation citation(IngestionEntity i, String quote) {
        return new Citation(i.articleUrl, i.outletName, i.title, i.publishedAt, quote);
    }

    private static Candidate.Proposal proposal(Object payload) {
        if (payload instanceof EventProposal e && e.matchesEventId() != null) {
            return Candidate.Proposal.CITATION;
        }
        if (payload instanceof ClaimProposal c && c.matchesClaimId() != null) {
            return Candidate.Proposal.APPEARANCE;
        }
        if (payload instanceof ActorProposal a && a.matchesActorId() != null) {
            return Candidate.Proposal.KNOWN;
        }
        return Candidate.Proposal.NEW;
    }

    /** The candidate's kind-specific part, as it was proposed. */
    public static Object payload(CandidateEntity c) {
        Class<?> type = switch (c.kind) {
            case EVENT -> EventProposal.class;
            case CLAIM -> ClaimProposal.class;
            case STANCE -> StanceProposal.class;
            case ACTOR -> ActorProposal.class;
        };
        return read(c.payload, type);
    }

    public static List<AcceptedFact> facts(String json) {
        try {
            return STORED.readValue(json, FACTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("accepted facts are stored as this mapper writes them", e);
        }
    }

    public static String write(Object value) {
        try {
            return STORED.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("API records always serialise", e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return STORED.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("candidate payloads are stored as this mapper writes them", e);
        }
    }
}

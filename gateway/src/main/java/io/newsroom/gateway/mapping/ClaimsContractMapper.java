package io.newsroom.gateway.mapping;

import static io.newsroom.gateway.mapping.TimelineContractMapper.instant;
import static io.newsroom.gateway.mapping.TimelineContractMapper.list;
import static io.newsroom.gateway.mapping.TimelineContractMapper.map;
import static io.newsroom.gateway.mapping.TimelineContractMapper.offset;
import static io.newsroom.gateway.mapping.TimelineContractMapper.text;
import static io.newsroom.gateway.mapping.TimelineContractMapper.enumOf;
import static io.newsroom.gateway.mapping.TimelineContractMapper.uuid;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.newsroom.gateway.client.claims.model.ActorInput;
import io.newsroom.gateway.client.claims.model.ActorRef;
import io.newsroom.gateway.client.claims.model.ClaimStatusCounts;
import io.newsroom.gateway.client.claims.model.ClaimToReview;
import io.newsroom.gateway.client.claims.model.ClaimInput;
import io.newsroom.gateway.client.claims.model.ClaimUpdate;
import io.newsroom.gateway.client.claims.model.ClaimsWindowCounts;
import io.newsroom.gateway.client.claims.model.StanceInput;
import io.newsroom.gateway.client.claims.model.VerdictInput;
import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.ArticleStatus;
import io.newsroom.gateway.domain.ActorKind;
import io.newsroom.gateway.domain.ClaimStatus;
import io.newsroom.gateway.domain.ClaimsWindow;
import io.newsroom.gateway.domain.Rating;
import io.newsroom.gateway.domain.StancePosition;
import io.newsroom.gateway.domain.Citation;
import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.EdtfDate;
import io.newsroom.gateway.domain.Stance;
import io.newsroom.gateway.domain.Verdict;
import io.newsroom.gateway.view.ReviewItem;
import io.newsroom.gateway.view.ReviewReason;

/** Between the types generated from the claims-service's contract and the gateway's own. */
public final class ClaimsContractMapper {

    private ClaimsContractMapper() {
    }

    public static ClaimsWindow window(io.newsroom.gateway.client.claims.model.ClaimsWindow w) {
        List<io.newsroom.gateway.client.claims.model.Claim> claims = w.getClaims() == null ? List.of() : w.getClaims();
        List<io.newsroom.gateway.client.claims.model.Claim> disputed = w.getDisputes() == null ? List.of()
                : w.getDisputes().stream().map(d -> d.getClaim()).filter(Objects::nonNull).toList();
        // The window names its actors in full; the names the claims carry cover one the service left out.
        Map<String, Actor> actors = new LinkedHashMap<>();
        map(w.getActors(), ClaimsContractMapper::actor).forEach(a -> actors.putIfAbsent(a.id(), a));
        claims.forEach(c -> actorsNamedIn(c).forEach(a -> actors.putIfAbsent(a.id(), a)));
        disputed.forEach(c -> actorsNamedIn(c).forEach(a -> actors.putIfAbsent(a.id(), a)));
        return new ClaimsWindow(map(claims, ClaimsContractMapper::claim), map(disputed, ClaimsContractMapper::claim),
                List.copyOf(actors.values()), counts(w.getCounts()));
    }

    private static ClaimsWindow.Counts counts(ClaimsWindowCounts c) {
        Map<ClaimStatus, Integer> byStatus = new EnumMap<>(ClaimStatus.class);
        ClaimStatusCounts s = c == null ? null : c.getByStatus();
        byStatus.put(ClaimStatus.UNCHALLENGED, s == null ? 0 : count(s.getUNCHALLENGED()));
        byStatus.put(ClaimStatus.SUPPORTED, s == null ? 0 : count(s.getSUPPORTED()));
        byStatus.put(ClaimStatus.DISPUTED, s == null ? 0 : count(s.getDISPUTED()));
        byStatus.put(ClaimStatus.CONTESTED, s == null ? 0 : count(s.getCONTESTED()));
        return c == null ? new ClaimsWindow.Counts(0, 0, 0, byStatus)
                : new ClaimsWindow.Counts(count(c.getClaims()), count(c.getActors()), count(c.getStances()), byStatus);
    }

    private static int count(Integer n) {
        return n == null ? 0 : n;
    }

    public static Actor actor(io.newsroom.gateway.client.claims.model.Actor a) {
        return new Actor(text(a.getId()), a.getName(), enumOf(ActorKind.class, a.getKind()), a.getDescription(), a.getCountry(), a.getWikidataId(),
                list(a.getAliases()), map(a.getMembers(), Object::toString));
    }

    /** The actor as a claim names it: enough for the view, which needs no second call per actor. */
    public static Actor actorRef(ActorRef ref) {
        return new Actor(text(ref.getId()), ref.getName(), enumOf(ActorKind.class, ref.getKind()), null, null, null, List.of(), List.of());
    }

    public static Claim claim(io.newsroom.gateway.client.claims.model.Claim c) {
        io.newsroom.gateway.client.claims.model.EdtfDate m = c.getMadeAt();
        return new Claim(text(c.getId()), c.getProposition(), text(c.getClaimantId()),
                m == null ? null : new EdtfDate(m.getEdtf(), text(m.getPrecision()), instant(m.getEarliest()), instant(m.getLatest()),
                        Boolean.TRUE.equals(m.getApproximate()), Boolean.TRUE.equals(m.getUncertain())),
                text(c.getEventId()), Boolean.TRUE.equals(c.getEventDeleted()), list(c.getTags()),
                // Each citation with its article's status, when the timeline's feed said the article was corrected or retracted.
                map(c.getAppearances(), a -> new Citation(a.getUrl(), a.getOutlet(), a.getTitle(), instant(a.getPublishedAt()), a.getQuote(),
                        enumOf(ArticleStatus.class, a.getArticleStatus()), a.getArticleStatusNote())),
                enumOf(ClaimStatus.class, c.getStatus()),
                // Superseded stances are history; the claim's status is derived from the current ones only.
                c.getStances() == null ? List.of() : c.getStances().stream()
                        .filter(s -> !Boolean.FALSE.equals(s.getCurrent()))
                        .map(ClaimsContractMapper::stance).toList(),
                verdict(c.getVerdict()), instant(c.getUpdatedAt()));
    }

    /** Actors named in the claim (claimant and stance takers), as the claims embed them. */
    public static List<Actor> actorsNamedIn(io.newsroom.gateway.client.claims.model.Claim c) {
        List<Actor> named = new java.util.ArrayList<>();
        if (c.getClaimant() != null) {
            named.add(actorRef(c.getClaimant()));
        }
        if (c.getStances() != null) {
            c.getStances().stream().map(io.newsroom.gateway.client.claims.model.Stance::getActor).filter(Objects::nonNull)
                    .map(ClaimsContractMapper::actorRef).forEach(named::add);
        }
        return named;
    }

    static Stance stance(io.newsroom.gateway.client.claims.model.Stance s) {
        return new Stance(text(s.getId()), s.getActor() == null ? null : text(s.getActor().getId()), enumOf(StancePosition.class, s.getPosition()),
                s.getSummary(),
                map(s.getEvidence(), e -> new Citation(e.getUrl(), e.getOutlet(), e.getTitle(), instant(e.getPublishedAt()), e.getQuote(),
                        enumOf(ArticleStatus.class, e.getArticleStatus()), e.getArticleStatusNote())),
                instant(s.getTakenAt()));
    }

    /** A claim of the claims-service's review list, with the reasons it gives. */
    public static ReviewItem reviewItem(ClaimToReview item) {
        return new ReviewItem(ReviewItem.CLAIM, text(item.getId()), null, item.getProposition(),
                map(item.getReasons(), r -> new ReviewReason(text(r.getReason()), r.getUrl(), r.getNote(), instant(r.getAt()))));
    }

    public static Verdict verdict(io.newsroom.gateway.client.claims.model.Verdict v) {
        return v == null ? null : new Verdict(enumOf(Rating.class, v.getRating()), v.getExplanation(), v.getReviewer(), instant(v.getReviewedAt()));
    }


    /** @throws IllegalArgumentException when the kind is not one the claims-service knows */
    public static ActorInput actorInput(Actor a, List<String> memberIds) {
        return new ActorInput().name(a.name()).kind(a.kind() == null ? null : io.newsroom.gateway.client.claims.model.ActorKind.fromString(a.kind().name()))
                .description(a.description()).country(a.country()).wikidataId(a.wikidataId())
                .aliases(list(a.aliases())).members(map(memberIds, TimelineContractMapper::uuid));
    }

    public static ClaimInput claimInput(Claim c, String claimantId, String eventId) {
        return new ClaimInput().proposition(c.proposition()).claimantId(uuid(claimantId))
                .madeAt(c.madeAt() == null ? null : new io.newsroom.gateway.client.claims.model.EdtfDate().edtf(c.madeAt().edtf()))
                .eventId(uuid(eventId)).tags(list(c.tags()))
                .appearances(map(c.appearances(), ClaimsContractMapper::citation));
    }

    /** Every editable field of a stored claim as it is, but the event it was made at. */
    public static ClaimUpdate claimUpdateAtEvent(io.newsroom.gateway.client.claims.model.Claim stored, String eventId) {
        io.newsroom.gateway.client.claims.model.EdtfDate madeAt = stored.getMadeAt();
        return new ClaimUpdate().proposition(stored.getProposition()).language(stored.getLanguage())
                .claimantId(stored.getClaimantId())
                .madeAt(madeAt == null ? null : new io.newsroom.gateway.client.claims.model.EdtfDate().edtf(madeAt.getEdtf()))
                .eventId(uuid(eventId)).tags(list(stored.getTags()));
    }

    /** @throws IllegalArgumentException when the position is not SUPPORTS or DISPUTES */
    public static StanceInput stanceInput(Stance s, String actorId) {
        return new StanceInput().actorId(uuid(actorId))
                .position(s.position() == null ? null : io.newsroom.gateway.client.claims.model.Position.fromString(s.position().name()))
                .summary(s.summary()).evidence(map(s.evidence(), ClaimsContractMapper::citation)).takenAt(offset(s.takenAt()));
    }

    /** @throws IllegalArgumentException when the rating is not on the desk's scale */
    public static VerdictInput verdictInput(Verdict v) {
        return new VerdictInput().rating(v.rating() == null ? null : io.newsroom.gateway.client.claims.model.Rating.fromString(v.rating().name()))
                .explanation(v.explanation()).reviewer(v.reviewer()).reviewedAt(offset(v.reviewedAt()));
    }

    public static io.newsroom.gateway.client.claims.model.Citation appearanceInput(Citation c) {
        return citation(c);
    }

    private static io.newsroom.gateway.client.claims.model.Citation citation(Citation c) {
        return new io.newsroom.gateway.client.claims.model.Citation().url(c.url()).outlet(c.outlet()).title(c.title()).publishedAt(offset(c.publishedAt())).quote(c.quote());
    }
}

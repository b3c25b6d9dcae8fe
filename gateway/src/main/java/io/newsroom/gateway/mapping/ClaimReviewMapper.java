package io.newsroom.gateway.mapping;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.ActorKind;
import io.newsroom.gateway.domain.Citation;
import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.EdtfDate;
import io.newsroom.gateway.domain.Rating;
import io.newsroom.gateway.view.ClaimReviewDocument.ReviewRating;
import io.newsroom.gateway.domain.Verdict;
import io.newsroom.gateway.view.ClaimReviewDocument;
import io.newsroom.gateway.view.ClaimReviewDocument.Agent;
import io.newsroom.gateway.view.ClaimReviewDocument.ReviewedClaim;
import io.newsroom.gateway.view.ClaimReviewDocument.Work;
import io.newsroom.stylebook.Edtf;
import io.newsroom.stylebook.InvalidEdtfException;

/** The verdicts of a story as schema.org ClaimReview JSON-LD. Pure. */
public final class ClaimReviewMapper {

    /** The reviewing organisation and where its reader pages live. */
    public record Publisher(String name, String url, String pageBaseUrl) {
    }

    private ClaimReviewMapper() {
    }

    public static List<ClaimReviewDocument> toClaimReviews(String storyId, List<Claim> claims, List<Actor> actors,
            Publisher publisher) {
        Map<String, Actor> byId = StoryViewMapper.index(actors, Actor::id);
        return StoryViewMapper.nonNull(claims).stream()
                .filter(c -> c.verdict() != null && c.verdict().rating() != null)
                .sorted(StoryViewMapper.CLAIM_ORDER)
                .map(c -> review(storyId, c, byId.get(c.claimantId()), publisher))
                .toList();
    }

    static ClaimReviewDocument review(String storyId, Claim claim, Actor claimant, Publisher publisher) {
        Verdict verdict = claim.verdict();
        List<Work> appearances = StoryViewMapper.nonNull(claim.appearances()).stream()
                .sorted(Comparator.comparing(Citation::publishedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(ClaimReviewMapper::work)
                .toList();
        ReviewedClaim reviewed = new ReviewedClaim("Claim", claimant == null ? null : agent(claimant),
                claimDate(claim.madeAt()), appearances.isEmpty() ? null : appearances,
                appearances.isEmpty() ? null : appearances.get(0));
        String base = publisher.pageBaseUrl().endsWith("/") ? publisher.pageBaseUrl() : publisher.pageBaseUrl() + "/";
        return new ClaimReviewDocument("https://schema.org", "ClaimReview",
                base + "stories/" + storyId + "#claim-" + claim.id(),
                claim.proposition(),
                date(verdict.reviewedAt()),
                new Agent("Organization", publisher.name(), publisher.url(), null),
                verdict.explanation(),
                reviewed,
                rating(verdict.rating()));
    }

    /** Ratings on the desk's scale; UNVERIFIABLE is off the scale, so it carries only its wording. */
    static ReviewRating rating(Rating rating) {
        Integer value = switch (rating) {
            case TRUE -> 5;
            case MOSTLY_TRUE -> 4;
            case MIXED -> 3;
            case MOSTLY_FALSE -> 2;
            case FALSE -> 1;
            case UNVERIFIABLE -> null;
        };
        String wording = rating.name().charAt(0) + rating.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
        return value == null ? new ReviewRating("Rating", null, null, null, wording)
                : new ReviewRating("Rating", value, 5, 1, wording);
    }

    private static Agent agent(Actor actor) {
        String type = actor.kind() == ActorKind.PERSON ? "Person" : "Organization";
        String sameAs = actor.wikidataId() == null ? null : "https://www.wikidata.org/wiki/" + actor.wikidataId();
        return new Agent(type, actor.name(), null, sameAs);
    }

    private static Work work(Citation c) {
        return new Work("CreativeWork", c.url(), c.title(), date(c.publishedAt()),
                c.outlet() == null ? null : new Agent("Organization", c.outlet(), null, null));
    }

    /**
     * A claim's date is published no finer than known, in ISO 8601 as schema.org asks: a year stays a year and a
     * week a week ({@code 2025-W47}), never a day of it; an interval keeps both ends. A time of day is cut to its day.
     */
    static String claimDate(EdtfDate madeAt) {
        if (madeAt == null || madeAt.edtf() == null) {
            return null;
        }
        Edtf date;
        try {
            date = Edtf.parse(madeAt.edtf());
        } catch (InvalidEdtfException unreadable) {
            // The claims-service stores only dates it can read; a hand-made value is left out rather than guessed.
            return null;
        }
        return date.isInterval() ? iso(date.start()) + "/" + iso(date.end()) : iso(date);
    }

    private static String iso(Edtf single) {
        return switch (single.precision()) {
            case MINUTE, SECOND -> date(single.earliest());
            default -> single.text().replaceAll("[~?%]$", "");
        };
    }

    private static String date(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}

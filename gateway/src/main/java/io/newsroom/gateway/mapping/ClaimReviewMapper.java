package io.newsroom.gateway.mapping;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.Citation;
import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.EdtfDate;
import io.newsroom.gateway.domain.Verdict;
import io.newsroom.gateway.view.ClaimReviewDocument;
import io.newsroom.gateway.view.ClaimReviewDocument.Agent;
import io.newsroom.gateway.view.ClaimReviewDocument.Rating;
import io.newsroom.gateway.view.ClaimReviewDocument.ReviewedClaim;
import io.newsroom.gateway.view.ClaimReviewDocument.Work;

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
    static Rating rating(String rating) {
        Integer value = switch (rating) {
            case "TRUE" -> 5;
            case "MOSTLY_TRUE" -> 4;
            case "MIXED" -> 3;
            case "MOSTLY_FALSE" -> 2;
            case "FALSE" -> 1;
            default -> null;
        };
        String wording = switch (rating) {
            case "TRUE" -> "True";
            case "MOSTLY_TRUE" -> "Mostly true";
            case "MIXED" -> "Mixed";
            case "MOSTLY_FALSE" -> "Mostly false";
            case "FALSE" -> "False";
            case "UNVERIFIABLE" -> "Unverifiable";
            default -> rating.charAt(0) + rating.substring(1).toLowerCase().replace('_', ' ');
        };
        return value == null ? new Rating("Rating", null, null, null, wording) : new Rating("Rating", value, 5, 1, wording);
    }

    private static Agent agent(Actor actor) {
        String type = "PERSON".equals(actor.kind()) ? "Person" : "Organization";
        String sameAs = actor.wikidataId() == null ? null : "https://www.wikidata.org/wiki/" + actor.wikidataId();
        return new Agent(type, actor.name(), null, sameAs);
    }

    private static Work work(Citation c) {
        return new Work("CreativeWork", c.url(), c.title(), date(c.publishedAt()),
                c.outlet() == null ? null : new Agent("Organization", c.outlet(), null, null));
    }

    /** A claim's date is published no finer than known: a year stays a year. */
    static String claimDate(EdtfDate madeAt) {
        if (madeAt == null) {
            return null;
        }
        return EdtfParts.parse(madeAt.edtf()).map(p -> switch (p.precision()) {
            case YEAR -> String.format("%04d", p.start().getYear());
            case MONTH -> String.format("%04d-%02d", p.start().getYear(), p.start().getMonthValue());
            case WEEK, DAY, MINUTE -> p.start().toLocalDate().toString();
        }).orElse(Objects.toString(madeAt.earliest() == null ? null : date(madeAt.earliest()), null));
    }

    private static String date(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}

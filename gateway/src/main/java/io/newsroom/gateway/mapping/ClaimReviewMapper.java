package io.newsroom.gateway.mapping;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.ActorKind;
import io.newsroom.gateway.domain.ArticleStatus;
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

    /**
     * The reviewing organisation and where its reader pages live.
     *
     * @param url the organisation's site, or null when only its reader pages are known: the site is then theirs
     */
    public record Publisher(String name, String url, String pageBaseUrl) {

        private String base() {
            return pageBaseUrl.endsWith("/") ? pageBaseUrl : pageBaseUrl + "/";
        }

        String site() {
            return url != null && !url.isBlank() ? url : base();
        }
    }

    private ClaimReviewMapper() {
    }

    /** The reviews of a story's claims, each pointing at the claim on the story's reader page. */
    public static List<ClaimReviewDocument> toClaimReviews(String storyId, List<Claim> claims, List<Actor> actors,
            Publisher publisher) {
        return onPage(storyPage(storyId, publisher), claims, actors, publisher);
    }

    /** The first reader page of a story, where its reviews are shown unless their claims are on a later page. */
    public static String storyPage(String storyId, Publisher publisher) {
        return publisher.base() + "stories/" + storyId;
    }

    /**
     * The reviews of claims shown on one reader page, each pointing at its claim's element there.
     *
     * @param pageUrl the page's address without a fragment
     */
    public static List<ClaimReviewDocument> onPage(String pageUrl, List<Claim> claims, List<Actor> actors,
            Publisher publisher) {
        Map<String, Actor> byId = StoryViewMapper.index(actors, Actor::id);
        return StoryViewMapper.nonNull(claims).stream()
                .filter(ClaimReviewMapper::published)
                .sorted(StoryViewMapper.CLAIM_ORDER)
                .map(c -> review(pageUrl, c, byId.get(c.claimantId()), publisher))
                .toList();
    }

    /**
     * Whether a claim's verdict goes out as a ClaimReview: it has one, and nothing it rests on was withdrawn. A search
     * engine shows a review's rating on its own, without the page's warning beside it, so a verdict on a claim whose
     * report or evidence its outlet retracted would be published as if it still stood. It is held back (the page
     * still shows it, saying why) until the desk gives the claim evidence that stands; a correction does not hold it
     * back, as a corrected report still stands.
     */
    public static boolean published(Claim claim) {
        // Without an id the claim has no element on the page for the review's url to point to.
        return claim != null && claim.id() != null && claim.verdict() != null && claim.verdict().rating() != null
                && !restsOnARetraction(claim);
    }

    /** Whether a report the claim appeared in, or evidence of a stance on it, was retracted since it was cited. */
    public static boolean restsOnARetraction(Claim claim) {
        Stream<Citation> appearances = StoryViewMapper.nonNull(claim.appearances()).stream();
        Stream<Citation> evidence = StoryViewMapper.nonNull(claim.stances()).stream()
                .filter(s -> s != null).flatMap(s -> StoryViewMapper.nonNull(s.evidence()).stream());
        return Stream.concat(appearances, evidence).anyMatch(c -> c != null && c.articleStatus() == ArticleStatus.RETRACTED);
    }

    static ClaimReviewDocument review(String pageUrl, Claim claim, Actor claimant, Publisher publisher) {
        Verdict verdict = claim.verdict();
        List<Work> appearances = StoryViewMapper.nonNull(claim.appearances()).stream()
                .sorted(Comparator.comparing(Citation::publishedAt, Comparator.nullsLast(Comparator.naturalOrder())))
                .map(ClaimReviewMapper::work)
                .toList();
        ReviewedClaim reviewed = new ReviewedClaim("Claim", claimant == null ? null : agent(claimant),
                claimDate(claim.madeAt()), appearances.isEmpty() ? null : appearances,
                appearances.isEmpty() ? null : appearances.get(0));
        return new ClaimReviewDocument("https://schema.org", "ClaimReview",
                pageUrl + "#" + ReaderAnchors.claim(claim.id()),
                claim.proposition(),
                date(verdict.reviewedAt()),
                new Agent("Organization", publisher.name(), publisher.site(), null),
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

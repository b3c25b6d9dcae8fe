package io.newsroom.gateway.mapping;

import static io.newsroom.gateway.mapping.Fixtures.actor;
import static io.newsroom.gateway.mapping.Fixtures.claim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.newsroom.gateway.domain.ActorKind;
import io.newsroom.gateway.domain.ClaimStatus;
import io.newsroom.gateway.domain.Rating;
import io.newsroom.gateway.domain.EdtfDate;
import io.newsroom.gateway.domain.Verdict;
import io.newsroom.gateway.view.ClaimReviewDocument;

class ClaimReviewMapperTest {

    private static final ClaimReviewMapper.Publisher DESK =
            new ClaimReviewMapper.Publisher("Desk", "https://desk.example", "https://desk.example/");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    private static JsonNode reviewOf(Rating rating) {
        List<ClaimReviewDocument> reviews = ClaimReviewMapper.toClaimReviews("peace", List.of(
                claim("c1", "Russia is winning fast", "a1", ClaimStatus.DISPUTED, List.of(),
                        new Verdict(rating, "Advance data says otherwise", "Desk editor", Instant.parse("2025-11-28T12:00:00Z"))),
                claim("c2", "No verdict here", "a1", ClaimStatus.UNCHALLENGED, List.of(), null)),
                List.of(actor("a1", "Vladimir Putin", ActorKind.PERSON)), DESK);
        assertEquals(1, reviews.size(), "only claims with a verdict are published");
        return JSON.valueToTree(reviews.get(0));
    }

    @Test
    void carriesGooglesRequiredFields() {
        JsonNode r = reviewOf(Rating.MOSTLY_FALSE);
        assertEquals("https://schema.org", r.get("@context").asText());
        assertEquals("ClaimReview", r.get("@type").asText());
        assertEquals("Russia is winning fast", r.get("claimReviewed").asText());
        assertEquals("https://desk.example/stories/peace#claim-c1", r.get("url").asText());
        assertEquals("Rating", r.get("reviewRating").get("@type").asText());
        assertEquals("Mostly false", r.get("reviewRating").get("alternateName").asText());
    }

    @Test
    void carriesGooglesRecommendedFields() {
        JsonNode r = reviewOf(Rating.FALSE);
        assertEquals("Organization", r.get("author").get("@type").asText());
        assertEquals("Desk", r.get("author").get("name").asText());
        assertEquals("2025-11-28", r.get("datePublished").asText());
        JsonNode rating = r.get("reviewRating");
        assertEquals(1, rating.get("ratingValue").asInt());
        assertEquals(5, rating.get("bestRating").asInt());
        assertEquals(1, rating.get("worstRating").asInt());
        JsonNode item = r.get("itemReviewed");
        assertEquals("Claim", item.get("@type").asText());
        assertEquals("Person", item.get("author").get("@type").asText());
        assertEquals("Vladimir Putin", item.get("author").get("name").asText());
        assertEquals("https://www.wikidata.org/wiki/Q7747", item.get("author").get("sameAs").asText());
        assertEquals("2025-11-27", item.get("datePublished").asText());
        assertEquals(2, item.get("appearance").size());
        assertEquals("CreativeWork", item.get("appearance").get(0).get("@type").asText());
        assertEquals("https://early.example/a", item.get("firstAppearance").get("url").asText(),
                "the first appearance is the earliest published one");
    }

    @Test
    void unverifiableHasWordingButNoScale() {
        JsonNode rating = reviewOf(Rating.UNVERIFIABLE).get("reviewRating");
        assertEquals("Unverifiable", rating.get("alternateName").asText());
        assertFalse(rating.has("ratingValue"));
    }

    @Test
    void claimDateIsNoFinerThanKnown() {
        assertEquals("2014", ClaimReviewMapper.claimDate(EdtfDate.of("2014")));
        assertEquals("2025-08", ClaimReviewMapper.claimDate(EdtfDate.of("2025-08~")));
        assertEquals("2025-W47", ClaimReviewMapper.claimDate(EdtfDate.of("2025-W47")), "a week is never published as one of its days");
        assertEquals("2025-11-20/2025-11-23", ClaimReviewMapper.claimDate(EdtfDate.of("2025-11-20/2025-11-23")),
                "an interval keeps its end");
        assertEquals("2025-11-27", ClaimReviewMapper.claimDate(EdtfDate.of("2025-11-27T10:00Z")));
        assertTrue(ClaimReviewMapper.rating(Rating.TRUE).ratingValue() > ClaimReviewMapper.rating(Rating.MIXED).ratingValue());
    }

    /**
     * A verdict on a claim whose report or stance evidence was retracted would be shown in search results on its own,
     * without the page's warning, so it is held back; a corrected report still stands.
     */
    @Test
    void aVerdictRestingOnARetractedReportIsNotPublished() {
        Verdict verdict = new Verdict(Rating.TRUE, "As reported", "Desk", Instant.parse("2025-11-28T12:00:00Z"));
        io.newsroom.gateway.domain.Citation retracted = new io.newsroom.gateway.domain.Citation("https://wire.example/a", "Wire",
                null, null, null, io.newsroom.gateway.domain.ArticleStatus.RETRACTED, "The interview did not take place.");
        io.newsroom.gateway.domain.Citation corrected = new io.newsroom.gateway.domain.Citation("https://daily.example/b", "Daily",
                null, null, null, io.newsroom.gateway.domain.ArticleStatus.CORRECTED, "A date was wrong.");
        io.newsroom.gateway.domain.Claim standing = claim("c1", "Stands", "a1", ClaimStatus.SUPPORTED, List.of(), verdict);
        io.newsroom.gateway.domain.Claim appearedRetracted = withAppearances(claim("c2", "Appeared in a withdrawn report", "a1",
                ClaimStatus.UNCHALLENGED, List.of(), verdict), List.of(retracted));
        io.newsroom.gateway.domain.Claim evidenceRetracted = claim("c3", "Backed by withdrawn evidence", "a1", ClaimStatus.SUPPORTED,
                List.of(new io.newsroom.gateway.domain.Stance("s1", "a1", io.newsroom.gateway.domain.StancePosition.SUPPORTS,
                        "So it is", List.of(retracted), Instant.parse("2025-11-27T10:00:00Z"))), verdict);
        io.newsroom.gateway.domain.Claim correctedOnly = withAppearances(claim("c4", "Appeared in a corrected report", "a1",
                ClaimStatus.UNCHALLENGED, List.of(), verdict), List.of(corrected));
        List<ClaimReviewDocument> reviews = ClaimReviewMapper.toClaimReviews("peace",
                List.of(standing, appearedRetracted, evidenceRetracted, correctedOnly),
                List.of(actor("a1", "Vladimir Putin", ActorKind.PERSON)), DESK);
        assertEquals(List.of("Stands", "Appeared in a corrected report"), reviews.stream().map(ClaimReviewDocument::claimReviewed).toList());
    }

    /** The url's fragment is the id the reader page gives the claim's element, by the page's own rule. */
    @Test
    void theUrlPointsAtTheClaimsElementOnTheReaderPage() {
        Verdict verdict = new Verdict(Rating.FALSE, null, null, Instant.parse("2025-11-28T12:00:00Z"));
        ClaimReviewDocument review = ClaimReviewMapper.toClaimReviews("peace",
                List.of(claim("Claim 7/A", "Odd id", "a1", ClaimStatus.UNCHALLENGED, List.of(), verdict)),
                List.of(actor("a1", "Vladimir Putin", ActorKind.PERSON)), DESK).get(0);
        assertEquals("https://desk.example/stories/peace#" + ReaderAnchors.claim("Claim 7/A"), review.url());
        assertEquals("https://desk.example/stories/peace#claim-claim-7-a", review.url());
    }

    @Test
    void theDesksSiteIsWhereItsPagesAreWhenNoOtherIsNamed() {
        Verdict verdict = new Verdict(Rating.FALSE, null, null, Instant.parse("2025-11-28T12:00:00Z"));
        ClaimReviewDocument review = ClaimReviewMapper.toClaimReviews("peace",
                List.of(claim("c1", "A claim", "a1", ClaimStatus.UNCHALLENGED, List.of(), verdict)),
                List.of(actor("a1", "Vladimir Putin", ActorKind.PERSON)),
                new ClaimReviewMapper.Publisher("Desk", null, "https://news.example")).get(0);
        assertEquals("https://news.example/", review.author().url());
        assertEquals("https://news.example/stories/peace#claim-c1", review.url());
    }

    private static io.newsroom.gateway.domain.Claim withAppearances(io.newsroom.gateway.domain.Claim c,
            List<io.newsroom.gateway.domain.Citation> appearances) {
        return new io.newsroom.gateway.domain.Claim(c.id(), c.proposition(), c.claimantId(), c.madeAt(), c.eventId(), c.tags(),
                appearances, c.status(), c.stances(), c.verdict(), c.updatedAt());
    }
}

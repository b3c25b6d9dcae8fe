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
}

package io.newsroom.gateway.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.ClaimStatus;
import io.newsroom.gateway.domain.Rating;
import io.newsroom.gateway.domain.Verdict;
import io.newsroom.gateway.mapping.ClaimReviewMapper;
import io.newsroom.gateway.view.ClaimReviewDocument;

class PageClaimReviewsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    // A claim quoting markup must neither end the script element it sits in nor lose a character to a JSON reader.
    @Test
    void aClaimQuotingAScriptTagStaysInsideItsString() throws Exception {
        String proposition = "</script><script>alert(5)</script> & <!-- more \u2028 lines";
        Claim claim = new Claim("c1", proposition, "a1", null, null, List.of(), List.of(), ClaimStatus.UNCHALLENGED, List.of(),
                new Verdict(Rating.FALSE, "Nothing supports it.", "Desk", Instant.parse("2025-11-28T15:00:00Z")), null);
        ClaimReviewDocument review = ClaimReviewMapper.toClaimReviews("s", List.of(claim), List.of(),
                new ClaimReviewMapper.Publisher("Desk", null, "https://news.example/")).get(0);

        String text = PageClaimReviews.scriptText(review, JSON);

        assertFalse(text.contains("<"), text);
        assertFalse(text.contains(">"), text);
        assertFalse(text.contains("&"), text);
        assertFalse(text.contains("\u2028"), text);
        JsonNode read = JSON.readTree(text);
        assertEquals(proposition, read.get("claimReviewed").asText());
        assertEquals("https://news.example/stories/s#claim-c1", read.get("url").asText());
    }
}

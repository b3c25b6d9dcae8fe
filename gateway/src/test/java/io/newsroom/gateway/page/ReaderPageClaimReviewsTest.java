package io.newsroom.gateway.page;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.StoryBundle;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The reader page as a search engine reads it: the HTML the gateway serves, every {@code application/ld+json} block
 * in it, held to Google's rules for fact checks (ClaimReview structured data): the required claimReviewed,
 * reviewRating and url, the url's page and fragment being the page and the element the review sits on, the
 * recommended author, datePublished and itemReviewed (a Claim with its author, linked to Wikidata where the newsroom
 * knows the item, and where and when it appeared), a review published once per claim and on one page only, and what
 * the structured data says matching what the page shows. Every link within the page lands on an element of it, and
 * every claim listed under Other claims has its anchor.
 */
@QuarkusTest
@TestProfile(ReaderPageProfile.class)
class ReaderPageClaimReviewsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** ISO 8601 as a claim's date is published: a year, a month, a week or a day, or an interval of two. */
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?(/\\d{4}(-\\d{2}(-\\d{2})?|-W\\d{2})?)?");

    @TestHTTPResource("/")
    URL gateway;

    @Test
    void everyReviewOnTheStoryPagePassesGooglesRules() {
        Document page = page("/stories/" + DemoStory.ID);
        List<Review> reviews = reviews(page);
        assertEquals(2, reviews.size(), "the demo story's two verdicts: " + reviews);
        reviews.forEach(review -> assertFollowsGooglesRules(page, review));
        assertOnePerClaim(reviews);
    }

    @Test
    void everyLinkWithinThePageLandsOnOneOfItsElements() {
        for (String path : List.of("/stories/" + DemoStory.ID, "/stories/" + DemoStoryViewService.CORRECTED,
                "/stories/" + DemoStoryViewService.PAGED, "/stories/" + DemoStoryViewService.PAGED + "?after=" + DemoStoryViewService.LATER)) {
            Document page = page(path);
            List<String> ids = page.select("[id]").eachAttr("id");
            assertEquals(new HashSet<>(ids).size(), ids.size(), "every id once on " + path + ": " + ids);
            for (Element link : page.select("a[href^=#]")) {
                String fragment = link.attr("href").substring(1);
                assertNotNull(page.getElementById(fragment), path + ": the link '" + link.text() + "' goes to #" + fragment
                        + ", which is on no element of the page");
            }
            // Each claim listed under Other claims can be linked to, and is where its review points.
            for (Element claim : page.select("#claims li.claim-line")) {
                assertFalse(claim.id().isBlank(), path + ": an Other claims item without an anchor: " + claim.text());
            }
        }
    }

    /**
     * A story on two pages of its timeline, as the services serve it: each page lists the claims made at its own
     * events, and the disputes board (on both) names its claims in short. Each review is on the page listing its
     * claim, pointing at that page, and on no other.
     */
    @Test
    void eachReviewIsOnThePageThatListsItsClaimAndPointsAtThatPage() {
        Document first = page("/stories/" + DemoStoryViewService.PAGED);
        Document later = page("/stories/" + DemoStoryViewService.PAGED + "?after=" + DemoStoryViewService.LATER);
        assertTrue(first.text().contains("Russia has the momentum on the battlefield in Ukraine."),
                "the first page's board names the claim reviewed on the later page");
        assertEquals(List.of(), reviews(first), "the reviewed claims were made at events of the later page");
        List<Review> reviews = reviews(later);
        assertEquals(2, reviews.size(), "both reviews on the page listing their claims: " + reviews);
        reviews.forEach(review -> assertFollowsGooglesRules(later, review));
        assertOnePerClaim(reviews);
    }

    @Test
    void aVerdictOnAClaimWhoseReportWasRetractedIsShownWithWhyButNotPublished() {
        Document page = page("/stories/" + DemoStoryViewService.CORRECTED);
        Element claim = page.getElementById("claim-over");
        assertNotNull(claim, "the claim whose appearance was retracted is on the page");
        String shown = claim.text();
        assertTrue(shown.contains("Fact desk verdict Mostly true"), "the reader still sees the verdict: " + shown);
        assertTrue(shown.contains("not published as a fact check"), "and why it is not published: " + shown);
        assertTrue(shown.contains("Source retracted"), "beside the warning about the source: " + shown);
        assertEquals(List.of(), reviews(page), "no ClaimReview for a verdict resting on a withdrawn report");
    }

    @Test
    void aViewAsOfAPastInstantPublishesNoReviews() {
        Document page = page("/stories/" + DemoStory.ID + "?asOf=2025-11-25T12:00:00Z");
        assertTrue(page.text().contains("Fact desk verdict Mixed"), "the past view still shows the verdicts");
        assertEquals(List.of(), reviews(page), "the story's reviews are published on the story as it stands");
    }

    private record Review(Element script, Element element, JsonNode json) {
        @Override
        public String toString() {
            return json.toString();
        }
    }

    private Document page(String path) {
        String html = given().accept("text/html").when().get(path).then().statusCode(200).extract().asString();
        return Jsoup.parse(html, gateway.toString().replaceAll("/$", "") + path);
    }

    private static List<Review> reviews(Document page) {
        List<Review> reviews = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode json;
            try {
                json = JSON.readTree(script.data());
            } catch (Exception unreadable) {
                throw new AssertionError("structured data that is not JSON: " + script.data(), unreadable);
            }
            Element element = script.parents().stream().filter(p -> !p.id().isBlank()).findFirst().orElse(null);
            reviews.add(new Review(script, element, json));
        }
        return reviews;
    }

    private void assertFollowsGooglesRules(Document page, Review review) {
        JsonNode r = review.json();
        String where = "ClaimReview " + r;
        assertEquals("https://schema.org", r.path("@context").asText(), where);
        assertEquals("ClaimReview", r.path("@type").asText(), where);

        // Required: the claim, short and as the page shows it.
        String claimReviewed = r.path("claimReviewed").asText();
        assertFalse(claimReviewed.isBlank(), "claimReviewed is required: " + where);
        assertNotNull(review.element(), "the review sits on an element with an id: " + where);
        assertTrue(review.element().text().contains(claimReviewed), "the page shows the claim reviewed: " + where);

        // Required: the rating, with its words (what search results show) and, when numeric, its scale.
        JsonNode rating = r.path("reviewRating");
        assertEquals("Rating", rating.path("@type").asText(), where);
        String words = rating.path("alternateName").asText();
        assertFalse(words.isBlank(), "reviewRating.alternateName: " + where);
        assertTrue(review.element().text().contains("Fact desk verdict " + words), "the page shows the same verdict: " + where);
        if (rating.has("ratingValue")) {
            int value = rating.path("ratingValue").asInt();
            assertTrue(rating.path("bestRating").isInt() && rating.path("worstRating").isInt(),
                    "a numeric rating names its scale: " + where);
            assertTrue(rating.path("worstRating").asInt() <= value && value <= rating.path("bestRating").asInt(),
                    "the rating lies on its scale: " + where);
        } else {
            assertFalse(rating.has("bestRating") || rating.has("worstRating"), "no scale without a value: " + where);
        }

        // Required: the url of the page hosting the fact check, whose fragment is the element the review is on.
        URI url = URI.create(r.path("url").asText());
        URI hosting = URI.create(page.location());
        assertTrue(url.isAbsolute() && List.of("http", "https").contains(url.getScheme()), "an absolute http(s) url: " + where);
        assertEquals(hosting.getHost(), url.getHost(), "the url is on the domain of the page hosting the review: " + where);
        assertEquals(hosting.getRawPath(), url.getRawPath(), "the url is the page the review is on: " + where);
        assertEquals(hosting.getRawQuery(), url.getRawQuery(), "the url is the page the review is on: " + where);
        assertNotNull(url.getRawFragment(), "the url names the review's element: " + where);
        assertNotNull(page.getElementById(url.getRawFragment()), "the url's fragment is an element of the page: " + where);
        assertEquals(url.getRawFragment(), review.element().id(), "the review sits on the element its url points to: " + where);

        // Recommended: who published the fact check and when.
        JsonNode author = r.path("author");
        assertEquals("Organization", author.path("@type").asText(), where);
        assertFalse(author.path("name").asText().isBlank(), "author.name: " + where);
        assertTrue(URI.create(author.path("url").asText()).isAbsolute(), "author.url: " + where);
        LocalDate.parse(r.path("datePublished").asText());

        // Recommended: the claim reviewed, who made it (on Wikidata where known), when and where it appeared.
        Claim claim = demoClaim(claimReviewed);
        JsonNode item = r.path("itemReviewed");
        assertEquals("Claim", item.path("@type").asText(), where);
        JsonNode claimant = item.path("author");
        assertTrue(List.of("Person", "Organization").contains(claimant.path("@type").asText()), "itemReviewed.author: " + where);
        assertFalse(claimant.path("name").asText().isBlank(), "itemReviewed.author.name: " + where);
        Actor actor = demoActors().get(claim.claimantId());
        if (actor.wikidataId() != null) {
            assertEquals("https://www.wikidata.org/wiki/" + actor.wikidataId(), claimant.path("sameAs").asText(),
                    "a claimant the newsroom knows on Wikidata is linked to it: " + where);
        } else {
            assertFalse(claimant.has("sameAs"), "no Wikidata link is made up: " + where);
        }
        assertTrue(ISO_DATE.matcher(item.path("datePublished").asText()).matches(), "itemReviewed.datePublished: " + where);
        assertEquals(claim.appearances().size(), item.path("appearance").size(), "every appearance: " + where);
        for (JsonNode appearance : item.path("appearance")) {
            assertTrue(URI.create(appearance.path("url").asText()).isAbsolute(), "an appearance's url: " + where);
        }
        assertTrue(URI.create(item.path("firstAppearance").path("url").asText()).isAbsolute(), "firstAppearance: " + where);
    }

    /** Google: one ClaimReview per claim on a page (more only for different reviewers), one claim per review. */
    private static void assertOnePerClaim(List<Review> reviews) {
        Map<String, Integer> perClaim = new HashMap<>();
        Map<String, Integer> perElement = new HashMap<>();
        for (Review review : reviews) {
            perClaim.merge(review.json().path("claimReviewed").asText(), 1, Integer::sum);
            perElement.merge(review.element().id(), 1, Integer::sum);
        }
        perClaim.forEach((claim, count) -> assertEquals(1, count, "reviews of '" + claim + "' on the page"));
        perElement.forEach((id, count) -> assertEquals(1, count, "reviews on #" + id));
    }

    private static Claim demoClaim(String proposition) {
        return DemoStory.bundle().claims().stream().filter(c -> c.proposition().equals(proposition)).findFirst()
                .orElseThrow(() -> new AssertionError("a review of a claim the story does not have: " + proposition));
    }

    private static Map<String, Actor> demoActors() {
        StoryBundle bundle = DemoStory.bundle();
        Map<String, Actor> byId = new HashMap<>();
        bundle.actors().forEach(a -> byId.put(a.id(), a));
        return byId;
    }
}

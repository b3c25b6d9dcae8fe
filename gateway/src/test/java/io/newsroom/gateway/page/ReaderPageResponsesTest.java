package io.newsroom.gateway.page;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;

/** The reader page's answers as HTTP: statuses, headers and HTML for whole, partial, hostile and missing stories. */
@QuarkusTest
@TestProfile(ReaderPageProfile.class)
class ReaderPageResponsesTest {

    private static ValidatableResponse page(String storyId) {
        return given().accept("text/html").when().get("/stories/{id}", storyId).then();
    }

    @Test
    void servesTheStoryAsHtml() {
        page(DemoStory.ID).statusCode(200)
                .contentType(allOf(startsWith("text/html"), containsString("charset=UTF-8")))
                .header("Cache-Control", "no-cache")
                .header("Content-Language", "en")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                // A link to another site tells it the gateway's origin, never the page's address with its parameters.
                .header("Referrer-Policy", "strict-origin-when-cross-origin")
                .body(containsString("<link rel=\"icon\" href=\"/assets/favicon.svg\" type=\"image/svg+xml\">"))
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1 id=\"story-title\">The US peace plan for Ukraine</h1>"))
                .body(containsString("<time datetime=\"2025-W48\">week of 24 November 2025</time>"))
                .body(containsString("Upcoming: scheduled"))
                .body(containsString("Outlets rated lean left are counted with Left and those rated lean right with Right"))
                // Structured data only: nothing on the page runs.
                .body(not(matchesPattern("(?s).*<script(?! type=\"application/ld\\+json\">).*")));
    }

    // A search engine reads a ClaimReview at the page its url names, on the element the fragment names.
    @Test
    void eachVerdictIsStructuredDataOnTheElementItsReviewPointsTo() {
        String html = page(DemoStory.ID).statusCode(200).extract().asString();
        int element = html.indexOf("<li class=\"claim-line\" id=\"claim-claim-progress\">");
        assertTrue(element >= 0, "the other claim with a verdict has the id its review's url ends with");
        int script = html.indexOf("<script type=\"application/ld+json\">", element);
        assertTrue(script > element && script < html.indexOf("</li>", element), "its review is inside that element");
        String text = html.substring(script + "<script type=\"application/ld+json\">".length(), html.indexOf("</script>", script));
        JsonPath review = new JsonPath(text);
        assertEquals("ClaimReview", review.getString("'@type'"));
        assertTrue(review.getString("url").endsWith("/stories/" + DemoStory.ID + "#claim-claim-progress"), review.getString("url"));
        assertEquals("Donald Trump", review.getString("itemReviewed.author.name"));
        assertEquals("https://www.wikidata.org/wiki/Q22686", review.getString("itemReviewed.author.sameAs"));
    }


    // Every visit asked for an icon the page did not have, and got a 404 in its console.
    @Test
    void theIconThePageLinksIsServed() {
        given().when().get("/assets/favicon.svg").then()
                .statusCode(200)
                .contentType(startsWith("image/svg+xml"))
                .header("X-Content-Type-Options", "nosniff")
                .body(startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    }

    @Test
    void saysClearlyThatAPastViewIsAsOfItsTimeAndKeepsItsLinksThere() {
        given().accept("text/html").queryParam("asOf", "2025-11-25T12:00:00Z").when().get("/stories/{id}", DemoStory.ID).then()
                .statusCode(200)
                .body(containsString("<title>The US peace plan for Ukraine as of 25 November 2025, 12:00 UTC · Newsroom</title>"))
                .body(containsString("<p class=\"kicker\">As of <time datetime=\"2025-11-25T12:00:00Z\">25 November 2025, 12:00 UTC</time></p>"))
                .body(containsString("This is the story as it stood on"))
                .body(containsString("<a href=\"/stories/" + DemoStory.ID + "\">See the story as it stands now</a>"))
                .body(containsString("/api/stories/" + DemoStory.ID + "?asOf=2025-11-25T12%3A00%3A00Z"));
        page(DemoStory.ID).statusCode(200).body(not(containsString("as it stood on")));
    }

    @Test
    void aTimeThePageCannotReadIsAPageSayingSo() {
        given().accept("text/html").queryParam("asOf", "last tuesday").when().get("/stories/{id}", DemoStory.ID).then()
                .statusCode(400)
                .contentType(startsWith("text/html"))
                .body(containsString("This story cannot be shown as of that time"))
                .body(containsString("last tuesday"))
                .body(containsString("2025-11-25T12:00:00Z"));
    }

    @Test
    void namesTheClaimsWhenTheirServiceIsDown() {
        page(DemoStoryViewService.CLAIMS_DOWN).statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("Part of this story could not be loaded."))
                .body(containsString("the claims and who disputes them (the claims service did not answer)"))
                .body(containsString("The claims are not available right now"))
                .body(containsString("Witkoff to visit Moscow"))
                .body(containsString("3 articles from 3 outlets."));
    }

    @Test
    void saysTheTimelineIsFromAMomentAgoWhenItsServiceIsDown() {
        page(DemoStoryViewService.TIMELINE_DOWN).statusCode(200)
                .header("Cache-Control", "no-store")
                .body(containsString("Part of this story may be out of date."))
                .body(containsString("the timeline and the coverage are shown as they were a moment ago"))
                .body(containsString("Russia has the momentum on the battlefield in Ukraine."));
    }

    @Test
    void anEmptyStorySaysSo() {
        page(DemoStoryViewService.EMPTY).statusCode(200)
                .body(containsString("A story with nothing in it yet"))
                .body(containsString("No events have been recorded for this story yet."))
                .body(containsString("No claim in this story is disputed so far."))
                .body(containsString("No coverage is recorded for this story yet."));
    }

    @Test
    void aViewMissingEveryOptionalPartStillRenders() {
        page(DemoStoryViewService.HOLLOW).statusCode(200).body(containsString("<h1"));
    }

    @Test
    void escapesWhatTheServicesSend() {
        page(DemoStoryViewService.HOSTILE).statusCode(200)
                .body(not(containsString("<script>alert")))
                .body(not(containsString("<img src=x")))
                .body(not(containsString("href=\"javascript:")))
                .body(not(containsString("<b>bold</b>")))
                .body(containsString("&lt;script&gt;alert(4)&lt;/script&gt;"))
                .body(containsString("&lt;img src=x onerror=alert(3)&gt;"))
                .body(containsString("A &amp; B"));
    }

    @Test
    void anUnknownStoryIsA404Page() {
        page(DemoStoryViewService.UNKNOWN).statusCode(404)
                .contentType(startsWith("text/html"))
                .body(containsString("<h1>Story not found</h1>"))
                .body(containsString("<code>demo-unknown</code>"));
    }

    @Test
    void anIdThatCannotBeAStoryIsA404PageWithoutAskingTheServices() {
        page("Not_A_Slug").statusCode(404).body(containsString("Story not found"));
        page("<script>").statusCode(404)
                .body(not(containsString("<code><script>")))
                .body(containsString("&lt;script&gt;"));
        page("a".repeat(500)).statusCode(404).body(containsString("\u2026"));
    }

    @Test
    void bothServicesDownIsA503Page() {
        page(DemoStoryViewService.ALL_DOWN).statusCode(503)
                .contentType(startsWith("text/html"))
                .header("Retry-After", "5")
                .header("Cache-Control", "no-store")
                .body(containsString("This story cannot be shown right now"));
    }

    @Test
    void anUnexpectedFailureIsAPageNotA500() {
        page(DemoStoryViewService.BROKEN).statusCode(503)
                .contentType(startsWith("text/html"))
                .body(not(containsString("IllegalStateException")))
                .body(not(containsString("a bug")));
    }

    @Test
    void theHomePageLeadsToStories() {
        given().when().get("/").then().statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("href=\"/stories/ukraine-peace-plan\""))
                .body(containsString("<form class=\"finder\" method=\"get\" action=\"/stories\">"));
        given().redirects().follow(false).queryParam("id", " ukraine-peace-plan ").when().get("/stories").then()
                .statusCode(303).header("Location", endsWith("/stories/ukraine-peace-plan"));
        given().queryParam("id", "Not a slug").when().get("/stories").then()
                .statusCode(400).contentType(startsWith("text/html"))
                .body(containsString("aria-invalid=\"true\""))
                .body(containsString("lower-case letters, digits and single hyphens"));
        given().when().get("/stories").then().statusCode(400);
    }

    @Test
    void servesTheStylesheet() {
        given().when().get("/assets/reader.css").then().statusCode(200)
                .contentType(startsWith("text/css"))
                .body(containsString("--paper"));
    }

    @Test
    void thePagesStayOutOfTheApiDocument() {
        given().when().get("/q/openapi").then().statusCode(200)
                .body(not(containsString("\n  /stories")))
                .body(not(containsString("\n  /:")));
    }

    @Test
    void theJsonViewIsUntouched() {
        given().accept("application/json").when().get("/api/stories/{id}", DemoStory.ID).then().statusCode(200)
                .body("story.title", equalTo("The US peace plan for Ukraine"));
    }
}

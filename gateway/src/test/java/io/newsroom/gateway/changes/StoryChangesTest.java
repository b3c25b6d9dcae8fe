package io.newsroom.gateway.changes;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.client.WireMock;

import io.newsroom.gateway.support.ChangesProfile;
import io.newsroom.gateway.support.FeedStub;
import io.newsroom.gateway.support.ServicesWireMock;
import io.newsroom.gateway.support.SseReader;
import io.newsroom.gateway.support.StoryStubs;
import io.newsroom.gateway.support.StubbedServicesTest;
import io.newsroom.stylebook.ProblemType;
import io.newsroom.stylebook.Roles;
import io.newsroom.stylebook.TestCaller;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.Header;
import io.restassured.path.json.JsonPath;

/**
 * A story's merged feed against the services' feeds as the contract describes them (stubbed): the order, the one
 * cursor naming both positions, resuming from it, the filters, the refusals, a service down, and the stream that a
 * client leaves and rejoins with Last-Event-ID.
 */
@QuarkusTest
@TestProfile(ChangesProfile.class)
class StoryChangesTest extends StubbedServicesTest {

    private static final Instant T0 = Instant.parse("2025-11-27T10:00:00Z");

    @ServicesWireMock.TimelineFeed
    FeedStub timelineFeed;
    @ServicesWireMock.ClaimsFeed
    FeedStub claimsFeed;

    @TestHTTPResource("/api/stories")
    String stories;

    private String storyId;

    @BeforeEach
    void feeds() {
        storyId = "live-" + UUID.randomUUID().toString().substring(0, 8);
        timelineFeed.clear();
        claimsFeed.clear();
        timelineFeed.serveOn(timeline);
        claimsFeed.serveOn(claims);
    }

    /** Six changes of the story, recorded alternately by the two services, one instant shared; and another story's. */
    private List<String> aStoryRecordedByBoth() {
        timelineFeed.append(storyId, "event.created", "e1", T0);
        claimsFeed.append(storyId, "claim.created", "c1", T0.plusSeconds(1));
        timelineFeed.append("another-story", "event.created", "x1", T0.plusSeconds(1));
        timelineFeed.append(storyId, "event.updated", "e1", T0.plusSeconds(2));
        claimsFeed.append(storyId, "stance.created", "s1", T0.plusSeconds(2));
        claimsFeed.append(storyId, "verdict.created", "v1", T0.plusSeconds(3));
        timelineFeed.append(storyId, "article.retracted", "a1", T0.plusSeconds(4));
        return List.of("event.created", "claim.created", "event.updated", "stance.created", "verdict.created", "article.retracted");
    }

    private JsonPath page(String after, Integer limit) {
        var request = given().queryParam("limit", limit == null ? 100 : limit);
        if (after != null) {
            request.queryParam("after", after);
        }
        return request.get("/api/stories/{s}/changes", storyId).then().log().ifValidationFails().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void bothServicesChangesComeMergedInTheOrderTheyWereRecorded() {
        List<String> types = aStoryRecordedByBoth();
        JsonPath page = page(null, null);
        assertEquals(types, page.getList("changes.type"));
        // At the same instant the timeline-service's change comes first.
        assertEquals(List.of("timeline-service", "claims-service", "timeline-service", "claims-service", "claims-service",
                "timeline-service"), page.getList("changes.source"));
        assertEquals(storyId, page.getString("storyId"));
        assertEquals(page.getString("changes[5].cursor"), page.getString("next"));
        assertEquals("e1", page.getString("changes[0].resourceId"));
        assertEquals("e1", page.getString("changes[0].data.id"), "the resource as the revision recorded it");
    }

    @Test
    void pagesResumedFromTheCursorSeeEveryChangeOnceAndThenWhatFollows() {
        List<String> types = aStoryRecordedByBoth();
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int i = 0; i < 3; i++) {
            JsonPath page = page(after, 2);
            assertEquals(2, page.getList("changes").size());
            seen.addAll(page.getList("changes.type"));
            after = page.getString("next");
        }
        assertEquals(types, seen);
        JsonPath end = page(after, 2);
        assertTrue(end.getList("changes").isEmpty());
        assertEquals(after, end.getString("next"), "nothing followed, so the cursor stays where it was");
        claimsFeed.append(storyId, "claim.updated", "c1", T0.plusSeconds(10));
        timelineFeed.append(storyId, "event.deleted", "e1", T0.plusSeconds(11));
        assertEquals(List.of("claim.updated", "event.deleted"), page(after, 2).getList("changes.type"));
        // Each change's own cursor resumes right after it.
        JsonPath all = page(null, null);
        assertEquals(all.getList("changes.type").subList(3, 8), page(all.getString("changes[2].cursor"), null).getList("changes.type"));
    }

    @Test
    void typesAreFilteredAndAServiceWithNoneOfThemIsNotAsked() {
        aStoryRecordedByBoth();
        given().queryParam("types", "stance.created,verdict.created").get("/api/stories/{s}/changes", storyId)
                .then().statusCode(200).body("changes.type", equalTo(List.of("stance.created", "verdict.created")));
        timeline.verify(0, getRequestedFor(urlPathEqualTo("/api/timeline/changes")).withQueryParam("storyId", WireMock.equalTo(storyId)));
        given().queryParam("types", "article.retracted,claim.created").get("/api/stories/{s}/changes", storyId)
                .then().statusCode(200).body("changes.type", equalTo(List.of("claim.created", "article.retracted")));
    }

    /** The dispatcher's own feed token is never lent to a caller: an anonymous one reads the feeds as anonymous. */
    @Test
    void aCallersReadOfTheFeedsCarriesTheCallersTokenNeverTheDispatchers() {
        aStoryRecordedByBoth();
        given().header(TestCaller.ANONYMOUS).get("/api/stories/{s}/changes", storyId).then().statusCode(200);
        timeline.verify(getRequestedFor(urlPathEqualTo("/api/timeline/changes")).withQueryParam("storyId", WireMock.equalTo(storyId))
                .withoutHeader("Authorization"));
        Header editor = TestCaller.as(Roles.EDITOR);
        given().header(editor).get("/api/stories/{s}/changes", storyId).then().statusCode(200);
        claims.verify(getRequestedFor(urlPathEqualTo("/api/claims/changes")).withQueryParam("storyId", WireMock.equalTo(storyId))
                .withHeader("Authorization", WireMock.equalTo(editor.getValue())));
        timeline.verify(0, getRequestedFor(urlPathEqualTo("/api/timeline/changes")).withQueryParam("storyId", WireMock.equalTo(storyId))
                .withHeader("Authorization", WireMock.containing(ChangesProfile.FEED_TOKEN)));
    }

    @Test
    void whatCannotBeReadIsAProblemNamingTheParameter() {
        String onePart = Base64.getUrlEncoder().withoutPadding().encodeToString("12".getBytes());
        String negative = Base64.getUrlEncoder().withoutPadding().encodeToString("-1\u001f3".getBytes());
        for (String bad : List.of("not a cursor!", onePart, negative)) {
            given().queryParam("after", bad).get("/api/stories/{s}/changes", storyId).then().statusCode(400)
                    .body("type", equalTo(ProblemType.BAD_REQUEST.uri())).body("errors[0].field", equalTo("after"));
        }
        given().queryParam("types", "event.exploded").get("/api/stories/{s}/changes", storyId).then().statusCode(400)
                .body("errors[0].field", equalTo("types"));
        for (int limit : new int[] { 0, 1001 }) {
            given().queryParam("limit", limit).get("/api/stories/{s}/changes", storyId).then().statusCode(422)
                    .body("errors[0].field", equalTo("limit"));
        }
        given().header("Last-Event-ID", "nope").get("/api/stories/{s}/changes/stream", storyId).then().statusCode(400)
                .body("errors[0].field", equalTo("Last-Event-ID"));
    }

    @Test
    void aServiceDownIs503AndNoHalfPageMovesTheCursorPastItsChanges() {
        aStoryRecordedByBoth();
        StoryStubs.everyRead(claims, "/api/claims", StoryStubs.down());
        given().get("/api/stories/{s}/changes", storyId).then().statusCode(503)
                .header("Retry-After", notNullValue()).body("type", equalTo(ProblemType.UNAVAILABLE.uri()));
        claims.resetAll();
        claimsFeed.serveOn(claims);
        breakers.resetAll();
        assertEquals(6, page(null, null).getList("changes").size());
    }

    @Test
    void theCallersTokenGoesOnToTheFeeds() {
        aStoryRecordedByBoth();
        var editor = TestCaller.as("reader", "Rita Reader");
        given().header(editor).get("/api/stories/{s}/changes", storyId).then().statusCode(200).body("changes", hasSize(6));
        for (var server : List.of(timeline, claims)) {
            var asked = server.findAll(getRequestedFor(WireMock.urlPathMatching("/api/.*/changes"))
                    .withQueryParam("storyId", WireMock.equalTo(storyId)));
            assertFalse(asked.isEmpty());
            asked.forEach(r -> assertEquals(editor.getValue(), r.getHeader("Authorization")));
        }
    }

    @Test
    void aStreamLeftAndRejoinedWithLastEventIdMissesNothing() {
        List<String> types = aStoryRecordedByBoth();
        String stream = stories + "/" + storyId + "/changes/stream";
        List<SseReader.Event> received = new ArrayList<>();
        try (SseReader first = SseReader.open(stream, null)) {
            assertEquals(200, first.status());
            for (int i = 0; i < 4; i++) {
                received.add(first.next());
            }
        }
        // While no one listens, both services record more.
        timelineFeed.append(storyId, "event.deleted", "e1", T0.plusSeconds(20));
        claimsFeed.append(storyId, "claim.deleted", "c1", T0.plusSeconds(21));
        try (SseReader again = SseReader.open(stream, received.get(received.size() - 1).id())) {
            for (int i = 0; i < 4; i++) {
                received.add(again.next());
            }
            // And once connected, what is recorded next arrives too.
            claimsFeed.append(storyId, "claim.restored", "c1", T0.plusSeconds(30));
            received.add(again.next());
        }
        List<String> expected = new ArrayList<>(types);
        expected.addAll(List.of("event.deleted", "claim.deleted", "claim.restored"));
        assertEquals(expected, received.stream().map(SseReader.Event::name).toList());
        for (SseReader.Event event : received) {
            JsonPath change = JsonPath.from(event.data());
            assertEquals(event.id(), change.getString("cursor"), "each event's id is the cursor that resumes after it");
            assertEquals(event.name(), change.getString("type"));
        }
        assertEquals(received.size(), received.stream().map(SseReader.Event::id).collect(Collectors.toSet()).size());
    }

    @Test
    void aQuietStreamSaysItIsStillThereAndThenSendsWhatComes() {
        try (SseReader quiet = SseReader.open(stories + "/" + storyId + "/changes/stream", null)) {
            io.newsroom.gateway.support.Eventually.until("two keep-alive comments came", () -> quiet.comments() >= 2);
            timelineFeed.append(storyId, "story.updated", storyId, T0);
            assertEquals("story.updated", quiet.next().name());
        }
    }
}

package io.newsroom.claims.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.newsroom.claims.rest.Fixtures.API;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.newsroom.claims.repository.FeedFollowerRepository;
import io.newsroom.claims.service.TimelineFollower;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What claims-service learns from timeline-service's change feed, with WireMock playing timeline-service and
 * the follower run one round at a time. The follower's position is one for the whole database, so each test
 * numbers its changes after wherever the position stands when it starts.
 */
@QuarkusTest
class TimelineFollowerTest {

    private static final String FEED = "/api/timeline/changes";

    @TimelineStub.Timeline
    WireMockServer timeline;

    @Inject
    TimelineFollower follower;

    @Inject
    FeedFollowerRepository followed;

    @Inject
    ObjectMapper json;

    private String story;
    private UUID claimant;
    private UUID critic;
    private long start;

    @BeforeEach
    void aStoryAndThePositionNow() throws Throwable {
        story = Fixtures.story();
        claimant = Fixtures.actor("Kremlin " + Fixtures.token(), "GOVERNMENT");
        critic = Fixtures.actor("Institute for the Study of War " + Fixtures.token(), "ORGANIZATION");
        start = position();
    }

    @AfterEach
    void timelineAsItWas() {
        TimelineStub.reset(timeline);
    }

    @Test
    void aRetractedArticleFlagsEveryAppearanceAndEvidenceCitingItInEveryRead() throws Throwable {
        String url = "https://example.org/world/putin-bishkek-" + Fixtures.token();
        UUID event = UUID.randomUUID();
        UUID cited = claimCiting(url, event);
        UUID other = Fixtures.claim(story, claimant, "The talks will resume", "2025-11-22");
        stanceCiting(other, url);
        String windowTag = windowTag(event);

        // As timeline writes it, maybe with tracking parameters: compared after the shared normalisation.
        feed(start, change(start + 1, "article.retracted", Map.of("url", url + "?utm_source=feed",
                "status", "RETRACTED", "statusNote", "The interview did not take place",
                "statusChangedAt", "2026-11-30T09:00:00Z")));
        assertThat(follower(), is(1));

        given().when().get(Fixtures.claimPath(story, cited)).then().statusCode(200)
                .body("appearances[0].articleStatus", is("RETRACTED"))
                .body("appearances[0].articleStatusNote", is("The interview did not take place"))
                .body("firstAppearance.articleStatus", is("RETRACTED"));
        given().when().get(API + "/stories/" + story + "/claims").then().statusCode(200)
                .body("items.find { it.id == '" + cited + "' }.appearances[0].articleStatus", is("RETRACTED"))
                .body("items.find { it.id == '" + other + "' }.stances[0].evidence[0].articleStatus", is("RETRACTED"));
        given().when().get(Fixtures.claimPath(story, other) + "/stances").then().statusCode(200)
                .body("items[0].evidence[0].articleStatusNote", is("The interview did not take place"));
        given().when().get(Fixtures.claimPath(story, cited) + "/appearances/"
                        + given().get(Fixtures.claimPath(story, cited)).path("appearances[0].id"))
                .then().statusCode(200).body("articleStatus", is("RETRACTED"));
        given().when().get(API + "/stories/" + story + "/disputes").then().statusCode(200)
                .body("items[0].claim.id", is(other.toString()))
                .body("items[0].disputes[0].evidence[0].articleStatus", is("RETRACTED"));
        var window = given().queryParam("eventId", event.toString()).when().get(API + "/stories/" + story + "/window")
                .then().statusCode(200)
                .body("claims[0].appearances[0].articleStatus", is("RETRACTED"))
                .body("disputes[0].claim.stances[0].evidence[0].articleStatus", is("RETRACTED"))
                .extract();
        // Nothing of the story was written, yet its window changed: its tag must too, or the gateway serves it stale.
        assertThat(window.header("ETag"), not(is(windowTag)));

        // Recorded after the retraction was learnt, and flagged all the same.
        UUID later = claimCiting(url, null);
        given().when().get(Fixtures.claimPath(story, later)).then().statusCode(200)
                .body("appearances[0].articleStatus", is("RETRACTED"));

        String citedItem = "items.find { it.id == '" + cited + "' }";
        given().when().get(API + "/stories/" + story + "/review").then().statusCode(200)
                .body("items.id", containsInAnyOrder(cited.toString(), other.toString(), later.toString()))
                .body("items.kind", everyItem(is("claim")))
                .body(citedItem + ".proposition", is("Putin said so in Bishkek"))
                .body(citedItem + ".reasons.reason", contains("article-retracted"))
                .body(citedItem + ".reasons[0].url", is(url))
                .body(citedItem + ".reasons[0].note", is("The interview did not take place"))
                .body(citedItem + ".reasons[0].at", is("2026-11-30T09:00:00Z"))
                .body("items.find { it.id == '" + other + "' }.reasons.reason", contains("article-retracted"));
        given().queryParam("limit", 2).when().get(API + "/stories/" + story + "/review").then().statusCode(200)
                .body("items", hasSize(2)).body("nextCursor", not(nullValue()));

        // Published again: the flag is gone, and the window's tag moves on once more.
        String flagged = windowTag(event);
        feed(start + 1, change(start + 2, "article.published", Map.of("url", url, "status", "PUBLISHED")));
        assertThat(follower(), is(1));
        given().when().get(Fixtures.claimPath(story, cited)).then().statusCode(200)
                .body("appearances[0].articleStatus", nullValue());
        given().when().get(API + "/stories/" + story + "/review").then().statusCode(200).body("items", empty());
        assertThat(windowTag(event), not(is(flagged)));
    }

    @Test
    void aReadAsOfAnInstantShowsWhatTimelineHadRecordedByThen() throws Throwable {
        String url = "https://example.org/world/corrected-" + Fixtures.token();
        UUID event = UUID.randomUUID();
        UUID claim = claimCiting(url, event);
        Instant recorded = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(1, ChronoUnit.HOURS);
        Map<String, Object> corrected = change(start + 1, "article.corrected", Map.of("url", url, "status", "CORRECTED",
                "statusNote", "The quote was from 2024"));
        corrected.put("recordedAt", recorded.toString());
        Map<String, Object> deleted = change(start + 2, "event.deleted", Map.of("id", event.toString()));
        deleted.put("resourceId", event.toString());
        deleted.put("recordedAt", recorded.plus(1, ChronoUnit.HOURS).toString());
        feed(start, corrected, deleted);
        assertThat(follower(), is(2));

        String path = Fixtures.claimPath(story, claim);
        given().queryParam("asOf", recorded.minus(30, ChronoUnit.MINUTES).toString()).when().get(path)
                .then().statusCode(200)
                .body("appearances[0].articleStatus", nullValue()).body("eventDeleted", is(false));
        given().queryParam("asOf", recorded.plus(30, ChronoUnit.MINUTES).toString()).when().get(path)
                .then().statusCode(200)
                .body("appearances[0].articleStatus", is("CORRECTED")).body("eventDeleted", is(false));
        given().queryParam("asOf", recorded.plus(2, ChronoUnit.HOURS).toString())
                .when().get(API + "/stories/" + story + "/claims").then().statusCode(200)
                .body("items[0].appearances[0].articleStatusNote", is("The quote was from 2024"))
                .body("items[0].eventDeleted", is(true));
        given().queryParam("asOf", recorded.plus(2, ChronoUnit.HOURS).toString()).queryParam("eventId", event.toString())
                .when().get(API + "/stories/" + story + "/window").then().statusCode(200)
                .body("claims[0].eventDeleted", is(true))
                .body("claims[0].appearances[0].articleStatus", is("CORRECTED"));
        // Now, as timeline stands.
        given().when().get(path).then().statusCode(200)
                .body("appearances[0].articleStatus", is("CORRECTED")).body("eventDeleted", is(true));
    }

    @Test
    void aDeletedEventFlagsTheClaimsMadeAtItWhichKeepTheirTextUntilItIsRestored() throws Throwable {
        UUID event = UUID.randomUUID();
        UUID atEvent = claimCiting("https://example.org/a-" + Fixtures.token(), event);
        UUID elsewhere = claimCiting("https://example.org/b-" + Fixtures.token(), UUID.randomUUID());
        String tag = windowTag(event);
        Map<String, Object> deleted = change(start + 1, "event.deleted", Map.of("id", event.toString()));
        deleted.put("resourceId", event.toString());
        feed(start, deleted);
        assertThat(follower(), is(1));

        given().when().get(Fixtures.claimPath(story, atEvent)).then().statusCode(200)
                .body("eventDeleted", is(true)).body("proposition", is("Putin said so in Bishkek"));
        given().when().get(Fixtures.claimPath(story, elsewhere)).then().statusCode(200).body("eventDeleted", is(false));
        given().queryParam("eventId", event.toString()).when().get(API + "/stories/" + story + "/window")
                .then().statusCode(200).body("claims[0].eventDeleted", is(true));
        assertThat(windowTag(event), not(is(tag)));
        given().when().get(API + "/stories/" + story + "/review").then().statusCode(200)
                .body("items.id", contains(atEvent.toString()))
                .body("items[0].reasons.reason", contains("event-deleted"));

        Map<String, Object> restored = change(start + 2, "event.restored", Map.of("id", event.toString()));
        restored.put("resourceId", event.toString());
        feed(start + 1, restored);
        assertThat(follower(), is(1));
        given().when().get(Fixtures.claimPath(story, atEvent)).then().statusCode(200).body("eventDeleted", is(false));
        given().when().get(API + "/stories/" + story + "/review").then().statusCode(200).body("items", empty());
    }

    @Test
    void theReviewListPagesInMadeAtOrderAndRefusesWhatIsNoPage() throws Throwable {
        UUID event = UUID.randomUUID();
        List<UUID> atEvent = new ArrayList<>();
        for (String date : List.of("2025-11-20", "2025-11-21", "2025-11-22")) {
            Map<String, Object> body = Fixtures.claimBody(claimant, "Said on " + date, date);
            body.put("eventId", event.toString());
            atEvent.add(UUID.fromString(Fixtures.claim(story, body).getString("id")));
        }
        Map<String, Object> deleted = change(start + 1, "event.deleted", Map.of("id", event.toString()));
        deleted.put("resourceId", event.toString());
        feed(start, deleted);
        assertThat(follower(), is(1));

        String review = API + "/stories/" + story + "/review";
        var first = given().queryParam("limit", 2).when().get(review).then().statusCode(200)
                .body("items.id", contains(atEvent.get(0).toString(), atEvent.get(1).toString()))
                .body("items[0].reasons[0].at", not(nullValue()))
                .extract();
        given().queryParam("limit", 2).queryParam("after", first.path("nextCursor").toString()).when().get(review)
                .then().statusCode(200)
                .body("items.id", contains(atEvent.get(2).toString())).body("nextCursor", nullValue());
        given().queryParam("limit", 201).when().get(review)
                .then().statusCode(422).body("errors.field", contains("limit"));
        given().queryParam("after", "garbage!").when().get(review)
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get(API + "/stories/story-" + Fixtures.token() + "/review").then().statusCode(200)
                .body("items", empty());
    }

    @Test
    void aDeletedStoryTakesItsClaimsAndItsRestoreBringsBackExactlyThose() throws Throwable {
        UUID first = claimCiting("https://example.org/first-" + Fixtures.token(), UUID.randomUUID());
        UUID second = Fixtures.claim(story, claimant, "The envoy will visit Moscow", "2025-11-22");
        Fixtures.stance(story, second, critic, "DISPUTES");
        UUID onItsOwn = Fixtures.claim(story, claimant, "A claim the desk deleted before", "2025-11-23");
        given().header("If-Match", "*").when().delete(Fixtures.claimPath(story, onItsOwn)).then().statusCode(204);

        feed(start, storyChange(start + 1, "story.deleted"));
        assertThat(follower(), is(1));
        given().when().get(Fixtures.claimPath(story, first)).then().statusCode(404);
        given().when().get(Fixtures.claimPath(story, second)).then().statusCode(404);
        given().when().get(API + "/stories/" + story + "/claims").then().statusCode(200).body("items", empty());
        given().when().get(Fixtures.claimPath(story, second) + "/revisions").then().statusCode(200)
                .body("items[0].action", is("DELETED"))
                .body("items[0].author.subject", is("newsroom:timeline-feed"))
                .body("items[0].author.name", containsString("Deleted with story " + story));

        feed(start + 1, storyChange(start + 2, "story.restored"));
        assertThat(follower(), is(1));
        given().when().get(Fixtures.claimPath(story, first)).then().statusCode(200).body("appearances", hasSize(1));
        given().when().get(Fixtures.claimPath(story, second)).then().statusCode(200)
                .body("status", is("DISPUTED")).body("stances[0].actor.id", is(critic.toString()));
        given().when().get(Fixtures.claimPath(story, onItsOwn)).then().statusCode(404);
        given().when().get(Fixtures.claimPath(story, second) + "/revisions").then().statusCode(200)
                .body("items[0].action", is("RESTORED"))
                .body("items[0].author.name", containsString("Restored with story " + story));
    }

    @Test
    void aChangeTakesEffectOnceWhenTheFeedRepeatsItAndThePositionIsKept() throws Throwable {
        UUID claim = Fixtures.claim(story, claimant, "The envoy will visit Moscow", "2025-11-22");
        // A feed that answers the same page whatever is asked: as after a restart that re-read it.
        timeline.stubFor(get(urlPathEqualTo(FEED)).atPriority(5).willReturn(page(List.of(storyChange(start + 1,
                "story.deleted")), start + 1)));
        assertThat(follower(), is(1));
        assertThat(position(), is(start + 1));
        assertThat(follower(), is(0));
        assertThat(follower(), is(0));
        timeline.verify(getRequestedFor(urlPathEqualTo(FEED)).withQueryParam("after", equalTo(Long.toString(start + 1))));
        JsonPath revisions = given().when().get(Fixtures.claimPath(story, claim) + "/revisions").then().statusCode(200)
                .extract().jsonPath();
        assertThat(revisions.getList("items.action"), contains("DELETED", "CREATED"));
    }

    @Test
    void aPageThatFailsHalfWayLeavesNothingOfItAndIsAppliedOnceWhenItGoesThrough() throws Throwable {
        UUID claim = Fixtures.claim(story, claimant, "The envoy will visit Moscow", "2025-11-22");
        // The second change makes the database refuse the transaction (an instant PostgreSQL cannot hold) after the
        // first has deleted the story's claims in it: as if the service were killed between the two.
        Map<String, Object> refused = change(start + 2, "article.corrected", Map.of("url", "https://example.org/f-"
                + Fixtures.token(), "statusChangedAt", "+300000-01-01T00:00:00Z"));
        feed(start, storyChange(start + 1, "story.deleted"), refused);
        assertThat(follower(), is(0));
        assertThat(position(), is(start));
        given().when().get(Fixtures.claimPath(story, claim)).then().statusCode(200);

        TimelineStub.reset(timeline);
        feed(start, storyChange(start + 1, "story.deleted"), change(start + 2, "article.corrected",
                Map.of("url", "https://example.org/f-" + Fixtures.token())));
        assertThat(follower(), is(2));
        assertThat(position(), is(start + 2));
        given().when().get(Fixtures.claimPath(story, claim)).then().statusCode(404);
        JsonPath revisions = given().when().get(Fixtures.claimPath(story, claim) + "/revisions").then().statusCode(200)
                .extract().jsonPath();
        assertThat(revisions.getList("items.action"), contains("DELETED", "CREATED"));
    }

    @Test
    void twoFollowersAtOnceApplyEachChangeOnce() throws Throwable {
        UUID claim = Fixtures.claim(story, claimant, "The envoy will visit Moscow", "2025-11-22");
        // Slow enough that both have read the page before either applies it.
        timeline.stubFor(get(urlPathEqualTo(FEED)).withQueryParam("after", equalTo(Long.toString(start))).atPriority(5)
                .willReturn(page(List.of(storyChange(start + 1, "story.deleted")), start + 1).withFixedDelay(500)));
        feed(start + 1);
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(this::followerUnchecked);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(this::followerUnchecked);
        assertThat(one.get() + two.get(), is(1));
        assertThat(position(), is(start + 1));
        JsonPath revisions = given().when().get(Fixtures.claimPath(story, claim) + "/revisions").then().statusCode(200)
                .extract().jsonPath();
        assertThat(revisions.getList("items.action"), contains("DELETED", "CREATED"));
    }

    @Test
    void aTimelineThatIsDownIsWaitedOutAndFollowedAgainWhenBack() throws Throwable {
        UUID event = UUID.randomUUID();
        UUID claim = claimCiting("https://example.org/c-" + Fixtures.token(), event);
        timeline.stubFor(get(urlPathEqualTo(FEED)).atPriority(5).willReturn(aResponse().withStatus(503)));
        assertThat(follower(), is(0));
        assertThat(follower(), is(0));
        assertThat(position(), is(start));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'timeline-feed' }.status", is("UP"))
                .body("checks.find { it.name == 'timeline-feed' }.data.timeline", containsString("unreachable since"));

        TimelineStub.reset(timeline);
        Map<String, Object> deleted = change(start + 1, "event.deleted", Map.of("id", event.toString()));
        deleted.put("resourceId", event.toString());
        feed(start, deleted);
        assertThat(follower(), is(1));
        given().when().get(Fixtures.claimPath(story, claim)).then().statusCode(200).body("eventDeleted", is(true));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'timeline-feed' }.data.timeline", is("read"));
    }

    @Test
    void changesPrunedBeforeTheyWereReadAreAGapNamedInHealthAndFollowingGoesOnFromTheEnd() throws Throwable {
        UUID event = UUID.randomUUID();
        UUID claim = claimCiting("https://example.org/d-" + Fixtures.token(), event);
        timeline.stubFor(get(urlPathEqualTo(FEED)).withQueryParam("after", equalTo(Long.toString(start))).atPriority(5)
                .willReturn(aResponse().withStatus(410).withHeader("Content-Type", "application/problem+json")
                        .withBody("{\"title\": \"Gone\", \"status\": 410}")));
        // From the oldest it holds: its end is 40 changes on.
        Map<String, Object> deleted = change(start + 40, "event.deleted", Map.of("id", event.toString()));
        deleted.put("resourceId", event.toString());
        timeline.stubFor(get(urlPathEqualTo(FEED)).withQueryParam("after", absent()).atPriority(5)
                .willReturn(page(List.of(deleted), start + 40)));
        feed(start + 40);
        assertThat(follower(), is(0));
        assertThat(position(), is(start + 40));
        // What the gap held is not known here: the event's deletion fell in it.
        given().when().get(Fixtures.claimPath(story, claim)).then().statusCode(200).body("eventDeleted", is(false));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name == 'timeline-feed' }.data.gap",
                        containsString("after position " + start + " up to " + (start + 40)));

        feed(start + 40, change(start + 41, "article.corrected", Map.of("url", "https://example.org/d-x")));
        assertThat(follower(), is(1));
        assertThat(position(), is(start + 41));
    }

    @Test
    void aChangeThisServiceCannotReadIsPassedOverWithoutStoppingTheFeed() throws Throwable {
        String url = "https://example.org/e-" + Fixtures.token();
        UUID claim = claimCiting(url, null);
        feed(start, change(start + 1, "article.retracted", Map.of("status", "RETRACTED")),
                change(start + 2, "article.retracted", Map.of("url", url, "status", "RETRACTED")));
        assertThat(follower(), is(2));
        assertThat(position(), is(start + 2));
        given().when().get(Fixtures.claimPath(story, claim)).then().statusCode(200)
                .body("appearances[0].articleStatus", is("RETRACTED"));
    }

    private UUID claimCiting(String url, UUID event) {
        Map<String, Object> body = Fixtures.claimBody(claimant, "Putin said so in Bishkek", "2025-11-21");
        body.put("appearances", List.of(Map.of("url", url, "outlet", "Example", "publishedAt", "2025-11-21T10:00:00Z")));
        if (event != null) {
            body.put("eventId", event.toString());
        }
        return UUID.fromString(Fixtures.claim(story, body).getString("id"));
    }

    private void stanceCiting(UUID claim, String url) {
        Map<String, Object> body = Fixtures.stanceBody(critic, "DISPUTES", "2025-11-27T12:00:00Z");
        body.put("evidence", List.of(Map.of("url", url, "outlet", "Example")));
        given().contentType(ContentType.JSON).body(body)
                .when().post(Fixtures.claimPath(story, claim) + "/stances").then().statusCode(201);
    }

    private String windowTag(UUID event) {
        return given().queryParam("eventId", event.toString()).when().get(API + "/stories/" + story + "/window")
                .then().statusCode(200).extract().header("ETag");
    }

    private Map<String, Object> change(long id, String type, Map<String, Object> data) {
        Map<String, Object> change = new HashMap<>();
        change.put("id", Long.toString(id));
        change.put("type", type);
        change.put("storyId", story);
        change.put("resourceType", type.substring(0, type.indexOf('.')));
        change.put("resourceId", UUID.randomUUID().toString());
        change.put("revision", 2);
        change.put("revisionId", UUID.randomUUID().toString());
        change.put("recordedAt", Instant.now().truncatedTo(ChronoUnit.MICROS).toString());
        change.put("data", data);
        return change;
    }

    private Map<String, Object> storyChange(long id, String type) {
        Map<String, Object> change = change(id, type, Map.of("id", story, "title", "A story of the tests"));
        change.put("resourceId", story);
        return change;
    }

    /** The page after {@code after}, and nothing after its last change. */
    @SafeVarargs
    private void feed(long after, Map<String, Object>... changes) {
        List<Map<String, Object>> listed = List.of(changes);
        long next = listed.isEmpty() ? after : Long.parseLong((String) listed.get(listed.size() - 1).get("id"));
        timeline.stubFor(get(urlPathEqualTo(FEED)).withQueryParam("after", equalTo(Long.toString(after))).atPriority(5)
                .willReturn(page(listed, next)));
        if (!listed.isEmpty()) {
            feed(next);
        }
    }

    private ResponseDefinitionBuilder page(List<Map<String, Object>> changes, long next) {
        try {
            return aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                    .withBody(json.writeValueAsString(Map.of("changes", new ArrayList<>(changes), "next", Long.toString(next))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private int follower() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> follower.follow());
    }

    private int followerUnchecked() {
        try {
            return follower();
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private long position() throws Throwable {
        return VertxContextSupport.subscribeAndAwait(() -> followed.state()).position();
    }
}

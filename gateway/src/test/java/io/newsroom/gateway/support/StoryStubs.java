package io.newsroom.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.http.Fault;

/**
 * Answers as the two services do, in the shapes of their committed OpenAPI documents. One small story: two
 * events, one article from a CENTER outlet, one claim made at the first event and disputed by a second actor.
 */
public final class StoryStubs {

    public static final String ACTOR_CLAIMANT = "0b8f5c1e-0000-4000-8000-000000000001";
    public static final String ACTOR_DISPUTER = "0b8f5c1e-0000-4000-8000-000000000002";
    public static final String EVENT_1 = "1e7a0000-0000-4000-8000-000000000001";
    public static final String EVENT_2 = "1e7a0000-0000-4000-8000-000000000002";
    public static final String OUTLET = "0a7e0000-0000-4000-8000-000000000001";
    public static final String CLAIM = "c1a10000-0000-4000-8000-000000000001";

    private StoryStubs() {
    }

    public static String storyJson(String storyId, String title) {
        return """
                {"id":"%s","title":"%s","summary":"A test story","tags":["test"],
                 "createdAt":"2025-11-20T10:00:00Z","updatedAt":"2025-11-27T10:00:00Z"}""".formatted(storyId, title);
    }

    public static String eventsJson() {
        return """
                {"items":[
                  {"id":"%s","title":"Summit","description":"Leaders meet","kind":"MEETING",
                   "when":{"edtf":"2025-08-15","precision":"DAY","earliest":"2025-08-15T00:00:00Z","latest":"2025-08-15T23:59:59.999999Z","approximate":false,"uncertain":false},
                   "location":{"name":"Anchorage"},"participants":[{"name":"A"}],"status":"OCCURRED","citations":[],
                   "updatedAt":"2025-11-27T10:00:00Z"},
                  {"id":"%s","title":"Visit","kind":"MEETING",
                   "when":{"edtf":"2025-W49","precision":"WEEK","earliest":"2025-12-01T00:00:00Z","latest":"2025-12-07T23:59:59.999999Z","approximate":false,"uncertain":false},
                   "participants":[],"status":"SCHEDULED","citations":[],"updatedAt":"2025-11-27T10:00:00Z"}
                ],"nextCursor":null}""".formatted(EVENT_1, EVENT_2);
    }

    public static String articlesJson() {
        return """
                {"items":[{"id":"a0000000-0000-4000-8000-000000000001","url":"https://news.example/a","outletId":"%s",
                  "title":"Report","publishedAt":"2025-11-27T12:00:00Z"}],"nextCursor":null}""".formatted(OUTLET);
    }

    public static String outletJson() {
        return """
                {"id":"%s","name":"News Example","domain":"news.example","bias":"CENTER","factuality":"HIGH"}""".formatted(OUTLET);
    }

    public static String claimsJson() {
        return """
                {"items":[{"id":"%s","storyId":"s","proposition":"The summit was a success","claimantId":"%s",
                  "claimant":{"id":"%s","name":"Claimant","kind":"PERSON"},
                  "madeAt":{"edtf":"2025-08-15","precision":"DAY","earliest":"2025-08-15T00:00:00Z","latest":"2025-08-15T23:59:59Z"},
                  "eventId":"%s","tags":[],"appearances":[{"id":"a9000000-0000-4000-8000-000000000001","url":"https://news.example/a","outlet":"News Example"}],
                  "status":"DISPUTED",
                  "stances":[{"id":"5a000000-0000-4000-8000-000000000001","claimId":"%s",
                    "actor":{"id":"%s","name":"Think Tank","kind":"ORGANIZATION"},"position":"DISPUTES","summary":"It was not",
                    "takenAt":"2025-11-27T15:00:00Z","current":true}],
                  "verdict":{"rating":"MOSTLY_FALSE","explanation":"Nothing was agreed","reviewer":"Desk","reviewedAt":"2025-11-28T10:00:00Z"},
                  "updatedAt":"2025-11-28T10:00:00Z"}],"nextCursor":null}""".formatted(CLAIM, ACTOR_CLAIMANT, ACTOR_CLAIMANT, EVENT_1,
                CLAIM, ACTOR_DISPUTER);
    }

    /** The timeline-service's window of the story: its two events on one page, one CENTER article's coverage. */
    public static String windowJson(String storyId, String title, String nextCursor) {
        String events = eventsJson();
        String items = events.substring(events.indexOf('['), events.lastIndexOf(']') + 1);
        return """
                {"story":%s,
                 "coverage":{"storyId":"%s","articleCount":1,"outletCount":1,"unmatchedArticleCount":0,
                   "byBias":[{"bias":"LEFT","outletCount":0,"articleCount":0},{"bias":"LEAN_LEFT","outletCount":0,"articleCount":0},
                     {"bias":"CENTER","outletCount":1,"articleCount":1},{"bias":"LEAN_RIGHT","outletCount":0,"articleCount":0},
                     {"bias":"RIGHT","outletCount":0,"articleCount":0},{"bias":"UNRATED","outletCount":0,"articleCount":0}],
                   "outlets":[{"outletId":"%s","name":"News Example","domain":"news.example","bias":"CENTER","articleCount":1}]},
                 "events":%s,"nextCursor":%s,
                 "counts":{"events":2,"articles":1,"outlets":1,"relations":0},"relations":[]}"""
                .formatted(storyJson(storyId, title), storyId, OUTLET, items, nextCursor == null ? "null" : '"' + nextCursor + '"');
    }

    /** The claims-service's window for the page: the one claim, on the disputes board too, and both actors. */
    public static String claimsWindowJson() {
        String claims = claimsJson();
        String claim = claims.substring(claims.indexOf('[') + 1, claims.lastIndexOf(']'));
        return """
                {"claims":[%s],"disputes":[{"claim":%s,"disputes":[],"lastActivityAt":"2025-11-27T15:00:00Z"}],
                 "actors":[%s,%s],
                 "counts":{"claims":1,"actors":2,"stances":1,"byStatus":{"UNCHALLENGED":0,"SUPPORTED":0,"DISPUTED":1,"CONTESTED":0}}}"""
                .formatted(claim, claim, actorJson(ACTOR_CLAIMANT, "Claimant", "PERSON"), actorJson(ACTOR_DISPUTER, "Think Tank", "ORGANIZATION"));
    }

    public static String actorJson(String id, String name, String kind) {
        return """
                {"id":"%s","name":"%s","kind":"%s","aliases":[],"members":[]}""".formatted(id, name, kind);
    }

    /** The timeline-service knows the story and answers every read. */
    public static void healthyTimeline(WireMockServer timeline, String storyId) {
        String base = "/api/timeline/stories/" + storyId;
        timeline.stubFor(get(urlPathEqualTo(base)).willReturn(okJson(storyJson(storyId, "Story " + storyId))));
        timeline.stubFor(get(urlPathEqualTo(base + "/window")).willReturn(okJson(windowJson(storyId, "Story " + storyId, null))));
        timeline.stubFor(get(urlPathEqualTo(base + "/events")).willReturn(okJson(eventsJson())));
        timeline.stubFor(get(urlPathEqualTo(base + "/relations")).willReturn(okJson("{\"items\":[],\"nextCursor\":null}")));
        timeline.stubFor(get(urlPathEqualTo(base + "/articles")).willReturn(okJson(articlesJson())));
        timeline.stubFor(get(urlPathEqualTo("/api/timeline/outlets/" + OUTLET)).willReturn(okJson(outletJson())));
    }

    /** The claims-service answers every read; actors are read one by one only for a bundle. */
    public static void healthyClaims(WireMockServer claims, String storyId) {
        claims.stubFor(get(urlPathEqualTo("/api/claims/stories/" + storyId + "/claims")).willReturn(okJson(claimsJson())));
        claims.stubFor(get(urlPathEqualTo("/api/claims/stories/" + storyId + "/window")).willReturn(okJson(claimsWindowJson())));
        claims.stubFor(get(urlPathEqualTo("/api/claims/actors/" + ACTOR_CLAIMANT))
                .willReturn(okJson(actorJson(ACTOR_CLAIMANT, "Claimant", "PERSON"))));
        claims.stubFor(get(urlPathEqualTo("/api/claims/actors/" + ACTOR_DISPUTER))
                .willReturn(okJson(actorJson(ACTOR_DISPUTER, "Think Tank", "ORGANIZATION"))));
    }

    /**
     * Both windows answer with a tag (timeline W/"3.1", claims W/"8.2"), and 304 to a request that names it, as the
     * services do while the story does not change.
     */
    public static void taggedWindows(WireMockServer timeline, WireMockServer claims, String storyId) {
        String timelineWindow = "/api/timeline/stories/" + storyId + "/window";
        String claimsWindow = "/api/claims/stories/" + storyId + "/window";
        timeline.stubFor(get(urlPathEqualTo(timelineWindow)).atPriority(2)
                .willReturn(okJson(windowJson(storyId, "Story " + storyId, null)).withHeader("ETag", "W/\"3.1\"")));
        timeline.stubFor(get(urlPathEqualTo(timelineWindow)).atPriority(1)
                .withHeader("If-None-Match", WireMock.equalTo("W/\"3.1\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "W/\"3.1\"")));
        claims.stubFor(get(urlPathEqualTo(claimsWindow)).atPriority(2)
                .willReturn(okJson(claimsWindowJson()).withHeader("ETag", "W/\"8.2\"")));
        claims.stubFor(get(urlPathEqualTo(claimsWindow)).atPriority(1)
                .withHeader("If-None-Match", WireMock.equalTo("W/\"8.2\""))
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "W/\"8.2\"")));
    }

    /** Every read of the service answers as given. */
    public static void everyRead(WireMockServer server, String prefix, ResponseDefinitionBuilder answer) {
        MappingBuilder any = get(urlPathMatching(prefix + "/.*")).atPriority(1);
        server.stubFor(any.willReturn(answer));
    }

    public static ResponseDefinitionBuilder slow() {
        return okJson("{}").withFixedDelay(4_000);
    }

    public static ResponseDefinitionBuilder down() {
        return aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER);
    }

    public static ResponseDefinitionBuilder serverError() {
        return aResponse().withStatus(500).withHeader("Content-Type", "application/problem+json")
                .withBody("{\"type\":\"urn:newsroom:problem:internal\",\"title\":\"The service failed\",\"status\":500}");
    }

    public static ResponseDefinitionBuilder malformed() {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"items\": [ {\"id\": tru");
    }
}

package io.newsroom.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.newsroom.gateway.support.Eventually;
import io.newsroom.gateway.support.SseReader;
import io.newsroom.gateway.support.StandardWebhooksVerifier;
import io.newsroom.gateway.support.WebhookReceiver;
import io.newsroom.stylebook.TestCaller;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Issue 13's live story through the gateway and the real services: the story's merged feed and its stream hold both
 * services' changes, and a loopback receiver subscribed to the story gets an event's change once, signed so a
 * Standard Webhooks verifier accepts it.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = true)
class ChangeFeedAndWebhooksTest {

    @TestHTTPResource("/api/stories")
    String stories;

    private static String timeline() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.timeline.url", String.class) + "/api/timeline";
    }

    /** A story of its own with one event, a claim made at it and a stance on the claim; returns the event's id. */
    private static String aStory(String storyId) {
        String bundle = """
                {"format":"newsroom-story-bundle","version":1,
                 "story":{"id":"%s","title":"Harbour talks","tags":["labour"]},
                 "events":[{"id":"e1","title":"Union meets ferry operator","kind":"MEETING","when":{"edtf":"2025-11-28"},"status":"SCHEDULED"}],
                 "actors":[{"id":"a1","name":"Organiser %s","kind":"PERSON"},{"id":"a2","name":"Manager %s","kind":"PERSON"}],
                 "claims":[{"id":"c1","proposition":"Every offer was refused.","claimantId":"a1","eventId":"e1",
                            "madeAt":{"edtf":"2025-11-28"},
                            "stances":[{"id":"s1","actorId":"a2","position":"DISPUTES","summary":"Two offers were taken up",
                                        "takenAt":"2025-11-29T09:00:00Z"}]}]}
                """.formatted(storyId, storyId, storyId);
        return given().header(TestCaller.as("editor")).contentType(ContentType.JSON).body(bundle).post("/api/bundles")
                .then().log().ifValidationFails().statusCode(201).body("rejected", empty()).extract().jsonPath()
                .getString("created.find { it.kind == 'event' }.id");
    }

    private static void retitle(String storyId, String eventId, String title) {
        given().header(TestCaller.as("editor")).header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("title", title, "kind", "MEETING", "when", Map.of("edtf", "2025-11-28")))
                .put(timeline() + "/stories/{s}/events/{e}", storyId, eventId).then().log().ifValidationFails().statusCode(200);
    }

    private static List<String> types(String storyId) {
        return given().get("/api/stories/{s}/changes", storyId).then().statusCode(200).extract().jsonPath().getList("changes.type");
    }

    @Test
    void theStorysFeedAndStreamHoldBothServicesChanges() {
        String storyId = "live-e2e-" + UUID.randomUUID().toString().substring(0, 8);
        String eventId = aStory(storyId);
        Eventually.until("both services' changes are in the story's feed",
                () -> types(storyId).containsAll(List.of("story.created", "event.created", "claim.created", "stance.created")));
        JsonPath page = given().get("/api/stories/{s}/changes", storyId).then().statusCode(200).extract().jsonPath();
        assertTrue(page.getList("changes.source").containsAll(List.of("timeline-service", "claims-service")));
        assertTrue(page.getList("changes.storyId").stream().allMatch(storyId::equals), "only the story's changes");
        assertEquals("story.created", page.getString("changes[0].type"), "the story came first");

        List<SseReader.Event> streamed = new ArrayList<>();
        int before = page.getList("changes").size();
        try (SseReader stream = SseReader.open(stories + "/" + storyId + "/changes/stream", null)) {
            for (int i = 0; i < before; i++) {
                streamed.add(stream.next());
            }
        }
        assertEquals(page.getList("changes.cursor"), streamed.stream().map(SseReader.Event::id).toList());
        retitle(storyId, eventId, "Union and operator meet");
        try (SseReader again = SseReader.open(stories + "/" + storyId + "/changes/stream", streamed.get(before - 1).id())) {
            SseReader.Event next = again.next();
            assertEquals("event.updated", next.name());
            assertEquals(eventId, JsonPath.from(next.data()).getString("resourceId"));
        }
        assertEquals(List.of("event.updated"), given().queryParam("after", page.getString("next"))
                .get("/api/stories/{s}/changes", storyId).then().statusCode(200).extract().jsonPath().getList("changes.type"));
    }

    @Test
    void aReceiverSubscribedToTheStoryGetsAnEventsChangeOnceSigned() {
        String storyId = "hook-e2e-" + UUID.randomUUID().toString().substring(0, 8);
        String eventId = aStory(storyId);
        try (WebhookReceiver receiver = WebhookReceiver.up()) {
            String secret = given().contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "storyId", storyId, "types", List.of("event.updated")))
                    .post("/api/webhooks").then().statusCode(201).extract().jsonPath().getString("secret");
            retitle(storyId, eventId, "Union and operator meet at last");
            Eventually.until("the receiver got the change", () -> !receiver.received().isEmpty());
            retitle(storyId, eventId, "Union and operator agree to meet again");
            Eventually.until("the receiver got the next change", () -> receiver.received().size() >= 2);
            List<WebhookReceiver.Received> received = receiver.received();
            assertEquals(2, received.size(), "each change once");
            for (WebhookReceiver.Received delivery : received) {
                assertTrue(StandardWebhooksVerifier.verifies(secret, delivery));
                JsonPath body = JsonPath.from(delivery.body());
                assertEquals("event.updated", body.getString("type"));
                assertEquals(eventId, body.getString("data.resourceId"));
                assertEquals(storyId, body.getString("data.storyId"));
            }
            assertFalse(StandardWebhooksVerifier.verifies(secret, received.get(0).header("webhook-id"),
                    received.get(0).header("webhook-timestamp"), received.get(0).header("webhook-signature"),
                    received.get(0).body().replace("at last", "at first")));
        }
    }
}

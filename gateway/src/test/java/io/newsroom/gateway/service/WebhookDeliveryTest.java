package io.newsroom.gateway.service;

import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.WireMock;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.newsroom.gateway.client.ChangeFeedClient;
import io.newsroom.gateway.config.WebhookConfig;
import io.newsroom.gateway.domain.ChangeSource;
import io.newsroom.gateway.repository.DeliveryQueue;
import io.newsroom.gateway.support.ChangesProfile;
import io.newsroom.gateway.support.Eventually;
import io.newsroom.gateway.support.FeedStub;
import io.newsroom.gateway.support.ServicesWireMock;
import io.newsroom.gateway.support.StandardWebhooksVerifier;
import io.newsroom.gateway.support.StubbedServicesTest;
import io.newsroom.gateway.support.WebhookReceiver;
import io.newsroom.stylebook.ProblemType;
import io.newsroom.stylebook.TestCaller;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.PoolOptions;

/**
 * Webhooks end to end against the stubbed feeds, on the real database: a loopback receiver subscribes, a change
 * appears in a feed, and the receiver gets it once, signed so a Standard Webhooks verifier accepts it; a receiver
 * that is down gets it once it is up; one that keeps failing is given up and its subscription marked failing, then
 * redelivered; several dispatchers on one database send each change once; the delivery log; what is refused.
 */
@QuarkusTest
@TestProfile(ChangesProfile.class)
class WebhookDeliveryTest extends StubbedServicesTest {

    @ServicesWireMock.TimelineFeed
    FeedStub timelineFeed;
    @ServicesWireMock.ClaimsFeed
    FeedStub claimsFeed;

    @Inject
    Pool pool;
    @Inject
    Vertx vertx;
    @Inject
    ChangeFeedClient feeds;
    @Inject
    WebhookSender sender;
    @Inject
    WebhookConfig config;
    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "quarkus.datasource.reactive.url")
    String databaseUrl;
    @ConfigProperty(name = "quarkus.datasource.username")
    String databaseUser;
    @ConfigProperty(name = "quarkus.datasource.password")
    String databasePassword;

    private final List<WebhookReceiver> receivers = new ArrayList<>();
    private String storyId;

    @BeforeEach
    void feedsAndNoSubscriptions() {
        storyId = "hooked-" + UUID.randomUUID().toString().substring(0, 8);
        pool.query("delete from webhook_subscription").execute().await().indefinitely();
        // The stubbed feeds start again at 1 with every test JVM, while the database keeps the positions read before:
        // the dispatcher is set where the stubs' feeds end, as a real feed's positions only ever grow.
        for (var feed : Map.of("timeline-service", timelineFeed, "claims-service", claimsFeed).entrySet()) {
            pool.preparedQuery("update webhook_feed_cursor set position = $2 where source = $1")
                    .execute(io.vertx.mutiny.sqlclient.Tuple.of(feed.getKey(), feed.getValue().lastPosition())).await().indefinitely();
        }
        timelineFeed.serveOn(timeline);
        claimsFeed.serveOn(claims);
    }

    @AfterEach
    void receiversDown() {
        receivers.forEach(WebhookReceiver::close);
    }

    private WebhookReceiver receiver(boolean up) {
        WebhookReceiver receiver = up ? WebhookReceiver.up() : WebhookReceiver.down();
        receivers.add(receiver);
        return receiver;
    }

    private JsonPath subscribe(Map<String, Object> webhook) {
        return given().contentType(ContentType.JSON).body(webhook).post("/api/webhooks")
                .then().log().ifValidationFails().statusCode(201).header("Location", notNullValue())
                .body("secret", startsWith("whsec_")).body("state", equalTo("ACTIVE")).body("failing", equalTo(false))
                .extract().jsonPath();
    }

    private JsonPath log(String webhookId) {
        return given().get("/api/webhooks/{id}/deliveries", webhookId).then().statusCode(200).extract().jsonPath();
    }

    /** The dispatcher serves no caller, so it reads both feeds with the token it is given: reads may be private. */
    @Test
    void theDispatcherReadsBothFeedsWithItsOwnToken() {
        for (var service : List.of(timeline, claims)) {
            String path = service == timeline ? "/api/timeline/changes" : "/api/claims/changes";
            Eventually.until("the dispatcher read " + path, () -> !service.findAll(getRequestedFor(urlPathEqualTo(path))
                    .withoutQueryParam("storyId").withHeader("Authorization", WireMock.equalTo("Bearer " + ChangesProfile.FEED_TOKEN)))
                    .isEmpty());
            service.verify(0, getRequestedFor(urlPathEqualTo(path)).withoutQueryParam("storyId")
                    .withHeader("Authorization", WireMock.notContaining(ChangesProfile.FEED_TOKEN)));
        }
    }

    /** The delivery log keeps what finished lately and everything still pending; older finished deliveries go. */
    @Test
    void finishedDeliveriesAreForgottenAfterTheKeptPeriodPendingOnesNever() {
        String subscriptionId = subscribe(Map.of("url", receiver(false).url(), "storyId", storyId)).getString("id");
        // Made 40 days ago: sent then, given up then, still pending, and given up but last tried yesterday.
        Map<String, String> made = Map.of("sent", "DELIVERED", "givenUp", "FAILED", "pending", "PENDING", "triedLately", "FAILED");
        Map<String, UUID> ids = new java.util.HashMap<>();
        long change = 1;
        for (var delivery : made.entrySet()) {
            UUID id = UUID.randomUUID();
            ids.put(delivery.getKey(), id);
            pool.preparedQuery("insert into webhook_delivery (id, subscription_id, source, change_id, type, body, state, attempts,"
                    + " created_at, retry_until, next_attempt_at) values ($1, $2, 'timeline-service', $3, 'event.updated', '{}', $4, 1,"
                    + " now() - interval '40 days', now() - interval '39 days', case when $4 = 'PENDING' then now() end)")
                    .execute(io.vertx.mutiny.sqlclient.Tuple.of(id, UUID.fromString(subscriptionId), change++, delivery.getValue()))
                    .await().indefinitely();
            String tried = delivery.getKey().equals("triedLately") ? "now() - interval '1 day'" : "now() - interval '40 days'";
            pool.preparedQuery("insert into webhook_attempt (delivery_id, attempt, attempted_at, status_code, duration_ms)"
                    + " values ($1, 1, " + tried + ", 500, 3)").execute(io.vertx.mutiny.sqlclient.Tuple.of(id)).await().indefinitely();
        }

        int forgotten = new DeliveryQueue(pool).forgetFinished(java.time.Instant.now().minus(config.keepDeliveriesFor()))
                .await().indefinitely();

        assertEquals(2, forgotten);
        Set<String> kept = new java.util.HashSet<>();
        pool.query("select id from webhook_delivery").execute().await().indefinitely()
                .forEach(row -> ids.forEach((name, id) -> { if (id.equals(row.getUUID("id"))) kept.add(name); }));
        assertEquals(Set.of("pending", "triedLately"), kept);
        long attemptsOfForgotten = pool.preparedQuery("select count(*) from webhook_attempt where delivery_id in ($1, $2)")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(ids.get("sent"), ids.get("givenUp"))).await().indefinitely()
                .iterator().next().getLong(0);
        assertEquals(0, attemptsOfForgotten);
    }

    @Test
    void aChangeReachesTheReceiverOnceSignedSoAStandardWebhooksVerifierAcceptsIt() {
        WebhookReceiver receiver = receiver(true);
        JsonPath webhook = subscribe(Map.of("url", receiver.url(), "storyId", storyId, "types", List.of("event.updated", "claim.created")));
        String secret = webhook.getString("secret");
        String id = webhook.getString("id");
        given().get("/api/webhooks/{id}", id).then().statusCode(200).body("secret", nullValue()).body("storyId", equalTo(storyId))
                .body("types", equalTo(List.of("event.updated", "claim.created")));

        timelineFeed.append("another-story", "event.updated", "x1");
        timelineFeed.append(storyId, "event.created", "e1");
        FeedStub.Entry change = timelineFeed.append(storyId, "event.updated", "e1");
        Eventually.until("the receiver got the change", () -> receiver.received().size() >= 1);
        // What was sent before a later change arrived was sent once: the later one is the barrier, not a pause.
        FeedStub.Entry later = claimsFeed.append(storyId, "claim.created", "c1");
        Eventually.until("the receiver got the later change", () -> receiver.received().size() >= 2);
        List<WebhookReceiver.Received> received = receiver.received();
        assertEquals(2, received.size(), "each change once, and neither the other story's nor the other type");

        WebhookReceiver.Received delivery = received.get(0);
        assertTrue(StandardWebhooksVerifier.verifies(secret, delivery), "a Standard Webhooks verifier accepts the delivery");
        assertFalse(StandardWebhooksVerifier.verifies(secret, delivery.header("webhook-id"), delivery.header("webhook-timestamp"),
                delivery.header("webhook-signature"), delivery.body().replace("event.updated", "event.deleted")), "an altered body is refused");
        assertFalse(StandardWebhooksVerifier.verifies("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]), delivery),
                "another secret's signature is refused");
        assertEquals("application/json", delivery.header("content-type"));
        JsonPath body = JsonPath.from(delivery.body());
        assertEquals("event.updated", body.getString("type"));
        assertEquals(Long.toString(change.id()), body.getString("data.id"));
        assertEquals("timeline-service", body.getString("data.source"));
        assertEquals(storyId, body.getString("data.storyId"));
        assertEquals("e1", body.getString("data.data.id"));
        assertTrue(body.getString("timestamp").endsWith("Z"));
        assertEquals("claim.created", JsonPath.from(received.get(1).body()).getString("type"));
        assertEquals(Long.toString(later.id()), JsonPath.from(received.get(1).body()).getString("data.id"));

        JsonPath log = log(id);
        assertEquals(2, log.getList("items").size());
        assertEquals(delivery.header("webhook-id"), log.getString("items[1].id"), "the log names each delivery by its webhook-id");
        assertEquals("DELIVERED", log.getString("items[1].state"));
        assertEquals(1, log.getInt("items[1].attempts"));
        assertEquals(204, log.getInt("items[1].attemptLog[0].statusCode"));
        assertNull(log.get("items[1].nextAttemptAt"));
    }

    @Test
    void aReceiverThatIsDownGetsTheDeliveryOnceItIsUp() {
        WebhookReceiver receiver = receiver(false);
        String id = subscribe(Map.of("url", receiver.url(), "allStories", true)).getString("id");
        claimsFeed.append(storyId, "stance.created", "s1");
        Eventually.until("two attempts failed", () -> {
            JsonPath log = log(id);
            return log.getList("items").size() == 1 && log.getInt("items[0].attempts") >= 2;
        });
        JsonPath failing = log(id);
        assertEquals("PENDING", failing.getString("items[0].state"));
        assertNotNull(failing.getString("items[0].nextAttemptAt"));
        assertNull(failing.get("items[0].attemptLog[0].statusCode"));
        assertEquals("the receiver refused the connection or could not be reached", failing.getString("items[0].attemptLog[0].error"));

        receiver.start();
        Eventually.until("the delivery arrived", () -> "DELIVERED".equals(log(id).getString("items[0].state")));
        assertEquals(1, receiver.received().size());
        assertEquals(failing.getString("items[0].id"), receiver.received().get(0).header("webhook-id"), "the same webhook-id on a retry");
    }

    @Test
    void aDeliveryGivenUpMarksTheSubscriptionFailingUntilARedeliverySucceeds() {
        WebhookReceiver receiver = receiver(true);
        receiver.answer(500);
        String id = subscribe(Map.of("url", receiver.url(), "storyId", storyId)).getString("id");
        timelineFeed.append(storyId, "article.retracted", "a1");
        Eventually.until("the delivery was given up", () -> "FAILED".equals(log(id).getString("items[0].state")));
        JsonPath given = log(id);
        int attempts = given.getInt("items[0].attempts");
        assertTrue(attempts >= 2, "retried before giving up: " + attempts);
        assertEquals(attempts, given.getList("items[0].attemptLog").size());
        assertEquals(500, given.getInt("items[0].attemptLog[0].statusCode"));
        assertEquals("the receiver answered 500", given.getString("items[0].attemptLog[0].error"));
        assertNull(given.get("items[0].nextAttemptAt"));
        given().get("/api/webhooks/{id}", id).then().body("failing", equalTo(true)).body("failingSince", notNullValue());

        // Pausing keeps the mark; resuming clears it, as the admin says the receiver is fit again.
        given().post("/api/webhooks/{id}/pause", id).then().body("failing", equalTo(true));
        given().post("/api/webhooks/{id}/resume", id).then().body("failing", equalTo(false)).body("state", equalTo("ACTIVE"));
        // Marked failing again (as by another delivery given up meanwhile): a success clears it too.
        pool.preparedQuery("update webhook_subscription set failing_since = now() where id = $1")
                .execute(io.vertx.mutiny.sqlclient.Tuple.of(UUID.fromString(id))).await().indefinitely();
        given().get("/api/webhooks/{id}", id).then().body("failing", equalTo(true));
        receiver.answer(200);
        String deliveryId = given.getString("items[0].id");
        given().post("/api/webhooks/{id}/deliveries/{d}/redeliver", id, deliveryId).then().statusCode(202)
                .body("state", equalTo("PENDING")).body("id", equalTo(deliveryId));
        Eventually.until("the redelivery arrived", () -> "DELIVERED".equals(log(id).getString("items[0].state")));
        given().get("/api/webhooks/{id}", id).then().body("failing", equalTo(false)).body("failingSince", nullValue());
        List<WebhookReceiver.Received> received = receiver.received();
        assertEquals(Set.of(deliveryId), received.stream().map(r -> r.header("webhook-id")).collect(Collectors.toSet()));
        assertEquals(attempts + 1, received.size());
        given().post("/api/webhooks/{id}/deliveries/{d}/redeliver", id, UUID.randomUUID()).then().statusCode(404)
                .body("type", equalTo(ProblemType.NOT_FOUND.uri()));
    }

    /**
     * Two more gateways' dispatchers and workers, each on a pool of its own (its own connections), share the database
     * with this one's scheduled rounds: three replicas in one JVM, all following the same feeds and queue.
     */
    @Test
    void severalGatewaysSharingTheDatabaseDeliverEachChangeOnce() {
        WebhookReceiver receiver = receiver(true);
        subscribe(Map.of("url", receiver.url(), "storyId", storyId));
        List<Pool> pools = List.of(replicaPool(), replicaPool());
        List<FeedDispatcher> dispatchers = pools.stream().map(p -> new FeedDispatcher(new DeliveryQueue(p), feeds, config, json)).toList();
        List<DeliveryWorker> workers = pools.stream().map(p -> new DeliveryWorker(new DeliveryQueue(p), sender, config)).toList();
        int changes = 40;
        AtomicBoolean done = new AtomicBoolean();
        List<Thread> replicas = new ArrayList<>();
        try {
            for (int r = 0; r < pools.size(); r++) {
                FeedDispatcher dispatcher = dispatchers.get(r);
                DeliveryWorker worker = workers.get(r);
                Thread replica = new Thread(() -> {
                    while (!done.get()) {
                        Uni.combine().all().unis(dispatcher.follow(ChangeSource.TIMELINE), dispatcher.follow(ChangeSource.CLAIMS),
                                worker.sendDue()).discardItems().await().indefinitely();
                    }
                }, "replica-" + r);
                replica.start();
                replicas.add(replica);
            }
            for (int i = 0; i < changes; i++) {
                (i % 2 == 0 ? timelineFeed : claimsFeed).append(storyId, i % 2 == 0 ? "event.updated" : "claim.updated", "r" + i);
            }
            Eventually.until("every change arrived", () -> receiver.received().size() >= changes);
            claimsFeed.append(storyId, "claim.deleted", "last");
            Eventually.until("the last change arrived", () -> receiver.received().stream()
                    .anyMatch(r -> r.body().contains("\"claim.deleted\"")));
        } finally {
            done.set(true);
            replicas.forEach(t -> {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            pools.forEach(p -> p.closeAndAwait());
        }
        List<WebhookReceiver.Received> received = receiver.received();
        assertEquals(changes + 1, received.size(), "each change sent once");
        assertEquals(changes + 1, received.stream().map(r -> r.header("webhook-id")).distinct().count());
        assertEquals(changes + 1, received.stream().map(r -> JsonPath.from(r.body()).getString("data.resourceId")).distinct().count());
    }

    private Pool replicaPool() {
        PgConnectOptions connect = PgConnectOptions.fromUri(databaseUrl).setUser(databaseUser).setPassword(databasePassword);
        return Pool.newInstance(PgBuilder.pool().with(new PoolOptions().setMaxSize(3)).connectingTo(connect)
                .using(vertx.getDelegate()).build());
    }

    @Test
    void pausedSubscriptionsGetNothingAndResumingSendsWhatFollows() {
        WebhookReceiver receiver = receiver(true);
        String id = subscribe(Map.of("url", receiver.url(), "storyId", storyId)).getString("id");
        given().post("/api/webhooks/{id}/pause", id).then().statusCode(200).body("state", equalTo("PAUSED"));
        timelineFeed.append(storyId, "event.updated", "while-paused");
        long position = timelineFeed.lastPosition();
        Eventually.until("the dispatcher read past the change", () -> pool.query("select position from webhook_feed_cursor"
                + " where source = 'timeline-service'").execute().await().indefinitely().iterator().next().getLong("position") >= position);
        given().post("/api/webhooks/{id}/resume", id).then().statusCode(200).body("state", equalTo("ACTIVE"));
        timelineFeed.append(storyId, "event.updated", "after-resume");
        Eventually.until("the change after resuming arrived", () -> receiver.received().size() >= 1);
        assertEquals(List.of("after-resume"), receiver.received().stream()
                .map(r -> JsonPath.from(r.body()).getString("data.resourceId")).toList());
        assertEquals(1, log(id).getList("items").size());
    }

    @Test
    void aNewSubscriptionIsNotSentWhatWasRecordedBeforeIt() {
        WebhookReceiver receiver = receiver(true);
        String id = subscribe(Map.of("url", receiver.url(), "storyId", storyId)).getString("id");
        // Read after the subscription (the dispatcher was behind), but recorded an hour before it.
        timelineFeed.append(storyId, "event.updated", "before", java.time.Instant.now().minusSeconds(3600));
        timelineFeed.append(storyId, "event.updated", "after");
        Eventually.until("the change recorded after subscribing arrived", () -> receiver.received().size() >= 1);
        timelineFeed.append(storyId, "event.deleted", "barrier");
        Eventually.until("a later change arrived", () -> receiver.received().size() >= 2);
        assertEquals(List.of("after", "barrier"), receiver.received().stream()
                .map(r -> JsonPath.from(r.body()).getString("data.resourceId")).toList());
        assertEquals(2, log(id).getList("items").size());
    }

    @Test
    void subscriptionsAreListedFoundAndDeleted() {
        WebhookReceiver receiver = receiver(true);
        String first = subscribe(Map.of("url", receiver.url(), "storyId", storyId)).getString("id");
        String second = subscribe(Map.of("url", receiver.url(), "allStories", true, "types", List.of("outlet.updated"))).getString("id");
        JsonPath page = given().queryParam("limit", 1).get("/api/webhooks").then().statusCode(200).body("items", hasSize(1))
                .body("items[0].secret", nullValue()).extract().jsonPath();
        assertEquals(first, page.getString("items[0].id"));
        given().queryParam("after", page.getString("nextCursor")).get("/api/webhooks").then().statusCode(200)
                .body("items.id", equalTo(List.of(second))).body("nextCursor", nullValue());
        given().delete("/api/webhooks/{id}", first).then().statusCode(204);
        given().get("/api/webhooks/{id}", first).then().statusCode(404).body("type", equalTo(ProblemType.NOT_FOUND.uri()));
        given().delete("/api/webhooks/{id}", first).then().statusCode(404);
        given().get("/api/webhooks/{id}/deliveries", "not-an-id").then().statusCode(404);
        given().queryParam("after", "garbage!").get("/api/webhooks").then().statusCode(400).body("errors[0].field", equalTo("after"));
    }

    @Test
    void whatASubscriptionMayNotBeIsRefusedNamingTheField() {
        refused(Map.of("url", "http://10.0.0.7/hooks", "storyId", storyId), 400, "url");
        refused(Map.of("url", "http://169.254.169.254/latest/meta-data", "allStories", true), 400, "url");
        refused(Map.of("url", "http://[::1]:8080/hooks", "allStories", true), 400, "url");
        refused(Map.of("url", "http://does-not-resolve.invalid/hooks", "allStories", true), 400, "url");
        refused(Map.of("url", "ftp://example.org/hooks", "allStories", true), 422, "url");
        refused(Map.of("allStories", true), 422, "url");
        refused(Map.of("url", "http://127.0.0.1:9/hooks"), 422, "storyId");
        refused(Map.of("url", "http://127.0.0.1:9/hooks", "storyId", storyId, "allStories", true), 422, "storyId");
        refused(Map.of("url", "http://127.0.0.1:9/hooks", "storyId", storyId, "types", List.of("event.updated", "event.exploded")),
                422, "types[1]");
        given().contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:9/h", "allStories", true, "secret", "mine"))
                .post("/api/webhooks").then().statusCode(400).body("type", equalTo(ProblemType.UNKNOWN_FIELD.uri()));
        given().header(TestCaller.as("editor")).contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:9/h", "allStories", true))
                .post("/api/webhooks").then().statusCode(403).body("type", equalTo(ProblemType.FORBIDDEN.uri()));
        given().header(TestCaller.ANONYMOUS).get("/api/webhooks").then().statusCode(401);
        given().header(TestCaller.as("editor")).get("/api/webhooks").then().statusCode(403);
        assertEquals(0, given().get("/api/webhooks").then().statusCode(200).extract().jsonPath().getList("items").size(),
                "nothing refused was kept");
    }

    private static void refused(Map<String, Object> webhook, int status, String field) {
        given().contentType(ContentType.JSON).body(webhook).post("/api/webhooks").then().log().ifValidationFails()
                .statusCode(status).body("errors[0].field", equalTo(field));
    }

    /** At delivery time the host is resolved and checked again: one that came to resolve to a non-public address is not called. */
    @Test
    void aDeliveryToAHostNoLongerAllowedIsNotSent() {
        WebhookReceiver receiver = receiver(true);
        WebhookSender strict = new WebhookSender(vertx, new TargetAddresses(List.of()), config);
        try {
            DeliveryQueue.Outcome outcome = strict.send(new DeliveryQueue.Taken(UUID.randomUUID(), UUID.randomUUID(),
                    receiver.url(), WebhookSignature.newSecret(), "{}", 1)).await().indefinitely();
            assertFalse(outcome.delivered());
            assertNull(outcome.statusCode());
            assertTrue(outcome.error().startsWith("not sent: its host '127.0.0.1' resolves to 127.0.0.1"), outcome.error());
            assertTrue(receiver.received().isEmpty());
        } finally {
            strict.close();
        }
        assertEquals("127.0.0.1", TargetAddresses.hostOf(URI.create(receiver.url())));
    }

    private static void assertNotNull(Object value) {
        org.junit.jupiter.api.Assertions.assertNotNull(value);
    }
}

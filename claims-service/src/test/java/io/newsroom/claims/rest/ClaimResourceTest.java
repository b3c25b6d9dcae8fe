package io.newsroom.claims.rest;

import static io.newsroom.stylebook.DocumentedAnswers.assertConforms;
import static io.newsroom.claims.rest.Fixtures.API;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ClaimResourceTest {

    private String story;
    private UUID putin;

    @BeforeEach
    void story() {
        story = Fixtures.story();
        putin = Fixtures.actor("Vladimir Putin " + Fixtures.token(), "PERSON");
    }

    @Test
    void createsAClaimWithDerivedDateClaimantAndFirstAppearance() {
        Map<String, Object> body = Fixtures.claimBody(putin,
                "Ukraine's current leadership is not legitimate", "2025-11-27");
        body.put("tags", List.of("legitimacy"));
        body.put("appearances", List.of(
                Map.of("url", "HTTPS://Example.ORG:443/world/bishkek-remarks?utm_source=feed&id=7#top",
                        "outlet", "Example Daily", "publishedAt", "2025-11-28T09:00:00Z",
                        "quote", "He called the leadership in Kyiv illegitimate"),
                Map.of("url", "https://example.net/putin-bishkek/", "outlet", "Example Net",
                        "publishedAt", "2025-11-27T18:30:00Z")));
        var created = given().contentType(ContentType.JSON).body(body)
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString(API + "/stories/" + story + "/claims/"))
                .body("storyId", equalTo(story))
                .body("claimant.id", equalTo(putin.toString()))
                .body("claimant.kind", equalTo("PERSON"))
                .body("madeAt.edtf", equalTo("2025-11-27"))
                .body("madeAt.precision", equalTo("DAY"))
                .body("madeAt.earliest", equalTo("2025-11-27T00:00:00Z"))
                .body("madeAt.latest", equalTo("2025-11-27T23:59:59Z"))
                .body("status", equalTo("UNCHALLENGED"))
                .body("verdict", nullValue())
                .body("tags", contains("legitimacy"))
                // Earliest publication first, URL normalised: lower-case host, no default port, tracking or fragment.
                .body("appearances.url", contains("https://example.net/putin-bishkek/",
                        "https://example.org/world/bishkek-remarks?id=7"))
                .body("firstAppearance.url", equalTo("https://example.net/putin-bishkek/"))
                .extract();
        assertConforms("createClaim", created.response());
        assertConforms("getClaim", given().when().get(created.header("Location"))
                .then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("id", equalTo(created.path("id")))
                .body("appearances", hasSize(2)).extract().response());
        assertConforms("listClaims", given().when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(200).extract().response());
    }

    @Test
    void unknownClaimantIs422NamingClaimantId() {
        given().contentType(ContentType.JSON)
                .body(Fixtures.claimBody(UUID.randomUUID(), "Russia is stalling the talks", "2025-11"))
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("claimantId"));
    }

    @Test
    void malformedEdtfIs422NamingTheField() {
        for (String edtf : List.of("27 November 2025", "2025-13", "2025-W54", "2025-11-31", "2025-11-23/2025-11-20")) {
            given().contentType(ContentType.JSON)
                    .body(Fixtures.claimBody(putin, "Russia is stalling the talks", edtf))
                    .when().post(API + "/stories/" + story + "/claims")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors.field", contains("madeAt.edtf"));
        }
    }

    @Test
    void oversizedPropositionIs422() {
        given().contentType(ContentType.JSON)
                .body(Fixtures.claimBody(putin, "x".repeat(1001), "2025"))
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(422).body("errors.field", contains("proposition"));
        given().contentType(ContentType.JSON)
                .body(Fixtures.claimBody(putin, "y".repeat(2_000_000), "2025"))
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(not(equalTo(500))).contentType("application/problem+json");
    }

    @Test
    void bodyThatIsNotJsonIs400AndWrongContentTypeIs415() {
        given().contentType(ContentType.JSON).body("{\"proposition\": ")
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:bad-request"));
        given().contentType(ContentType.JSON).body("")
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{\"proposition\": [1, 2]}")
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("Putin said so")
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void malformedStoryOrClaimIdIs400AndUnknownClaimIs404() {
        given().when().get(API + "/stories/Not_A_Slug/claims")
                .then().statusCode(400).body("errors.field", contains("storyId"));
        given().when().get(API + "/stories/" + story + "/claims/123")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get(API + "/stories/" + story + "/claims/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        UUID claim = Fixtures.claim(story, putin, "A claim in one story", "2025");
        given().when().get(API + "/stories/" + Fixtures.story() + "/claims/" + claim)
                .then().statusCode(404);
    }

    @Test
    void replaceHonoursIfMatch() {
        UUID claim = Fixtures.claim(story, putin, "The plan could be a basis for agreements", "2025-11-27");
        Map<String, Object> update = Fixtures.claimBody(putin, "The plan could form the basis of future agreements",
                "2025-11-27T10:00Z");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update)
                .when().put(Fixtures.claimPath(story, claim))
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("madeAt.precision", equalTo("MINUTE"))
                .body("proposition", equalTo("The plan could form the basis of future agreements"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update)
                .when().put(Fixtures.claimPath(story, claim))
                .then().statusCode(412).contentType("application/problem+json");
        // Without If-Match no write goes through: the client must say which version it changes.
        given().contentType(ContentType.JSON).body(update)
                .when().put(Fixtures.claimPath(story, claim))
                .then().statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:if-match-required"))
                .body("errors.field", contains("If-Match"));
        // A weak tag never matches, even of the current version; * matches whatever is stored.
        given().contentType(ContentType.JSON).header("If-Match", "W/\"1\"").body(update)
                .when().put(Fixtures.claimPath(story, claim))
                .then().statusCode(412).body("type", equalTo("urn:newsroom:problem:stale-version"));
        given().contentType(ContentType.JSON).header("If-Match", "\"7\", \"1\"").body(update)
                .when().put(Fixtures.claimPath(story, claim))
                .then().statusCode(200).header("ETag", equalTo("\"2\""));
        given().contentType(ContentType.JSON).header("If-Match", "*").body(update)
                .when().put(Fixtures.claimPath(story, claim))
                .then().statusCode(200).header("ETag", equalTo("\"3\""));
    }

    @Test
    void deleteAnswers204ThenTheClaimIsGone() {
        UUID claim = Fixtures.claim(story, putin, "A claim to withdraw", "2025");
        Fixtures.stance(story, claim, Fixtures.actor("Analysts " + Fixtures.token(), "GROUP"), "DISPUTES");
        given().header("If-Match", "\"99\"").when().delete(Fixtures.claimPath(story, claim)).then().statusCode(412);
        given().when().delete(Fixtures.claimPath(story, claim)).then().statusCode(428)
                .body("type", equalTo("urn:newsroom:problem:if-match-required"));
        given().header("If-Match", "*").when().delete(Fixtures.claimPath(story, claim)).then().statusCode(204);
        given().when().get(Fixtures.claimPath(story, claim)).then().statusCode(404);
        given().header("If-Match", "*").when().delete(Fixtures.claimPath(story, claim)).then().statusCode(404);
    }

    @Test
    void retriedPostWithTheSameIdempotencyKeyCreatesExactlyOneClaim() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Fixtures.claimBody(putin, "Ukrainian troops must withdraw first", "2025-11-27");
        var first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(201).extract();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(201)
                .header("Idempotency-Replayed", "true")
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"))
                .body(equalTo(first.asString()));
        given().when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(200).body("items", hasSize(1));

        Map<String, Object> other = Fixtures.claimBody(putin, "Something else entirely", "2025-11-27");
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(other)
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(422).body("type", equalTo("urn:newsroom:problem:idempotency-key-reused"));
        given().when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void failedCreateWithAKeyStoresNothingSoAFixedRetrySucceeds() {
        String key = UUID.randomUUID().toString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Fixtures.claimBody(UUID.randomUUID(), "Russia is stalling", "2025-11"))
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(422);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Fixtures.claimBody(putin, "Russia is stalling", "2025-11"))
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(201).header("Idempotency-Replayed", nullValue());
    }

    @Test
    void appearancesAreNormalisedAndTheSameUrlTwiceIs409() {
        UUID claim = Fixtures.claim(story, putin, "Russia will take territory by force otherwise", "2025-11-27");
        String path = Fixtures.claimPath(story, claim) + "/appearances";
        given().contentType(ContentType.JSON)
                .body(Map.of("url", "http://News.Example.COM:80/a/b?fbclid=xyz&gclid=1&page=2#comments",
                        "outlet", "Example News", "quote", "we will achieve this through military means"))
                .when().post(path)
                .then().statusCode(201).header("Location", containsString(path + "/"))
                .body("url", equalTo("http://news.example.com/a/b?page=2"));
        given().contentType(ContentType.JSON).body(Map.of("url", "http://news.example.com/a/b?page=2&utm_medium=x"))
                .when().post(path)
                .then().statusCode(409).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("url", "ftp://example.com/file"))
                .when().post(path)
                .then().statusCode(422).body("errors.field", contains("url"));
        given().when().get(Fixtures.claimPath(story, claim))
                .then().statusCode(200).header("ETag", not(equalTo("\"0\""))).body("appearances", hasSize(1));
    }

    @Test
    void limitAboveMaximumIs422AndGarbageCursorIs400() {
        given().queryParam("limit", 500).when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(422).body("errors.field", contains("limit"));
        given().queryParam("after", "bm90IGEgY3Vyc29y").when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(400).body("errors.field", contains("after"));
        given().queryParam("limit", "many").when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("status", "FALSE").when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("asOf", "yesterday").when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(400).body("errors.field", contains("asOf"));
        given().queryParam("from", "soon").when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(400).body("errors.field", contains("from"));
    }

    @Test
    void unknownPathIsAProblemToo() {
        given().when().get(API + "/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("instance", endsWith("/nothing-here"));
    }
}

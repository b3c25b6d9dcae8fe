package io.newsroom.claims.rest;

import static io.newsroom.claims.rest.Fixtures.API;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsroom.stylebook.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules every service shares, as this one answers them. */
@QuarkusTest
class SharedRulesTest {

    private String story;
    private UUID putin;

    @Test
    void aSixThousandCharacterIdIsAnsweredWithAProblemNotADroppedConnection() {
        String id = "x".repeat(6000);
        given().when().get("/api/claims/actors/" + id)
                .then().statusCode(anyOf(equalTo(400), equalTo(404))).contentType("application/problem+json")
                .body("type", startsWith("urn:newsroom:problem:"));
        given().when().get("/api/claims/stories/" + id + "/claims")
                .then().statusCode(anyOf(equalTo(400), equalTo(404))).contentType("application/problem+json");
    }

    @BeforeEach
    void story() {
        story = Fixtures.story();
        putin = Fixtures.actor("Kremlin " + Fixtures.token(), "GOVERNMENT");
    }

    @Test
    void everyPutAndDeleteRequiresIfMatch() {
        UUID claim = Fixtures.claim(story, putin, "The plan could be a basis", "2025-11-27");
        UUID isw = Fixtures.actor("ISW " + Fixtures.token(), "ORGANIZATION");
        Fixtures.stance(story, claim, isw, "DISPUTES");
        String path = Fixtures.claimPath(story, claim);
        Map<String, Object> verdict = Map.of("rating", "MIXED", "explanation", "Partly", "reviewer", "Desk",
                "reviewedAt", "2025-11-28T10:00:00Z");
        Map<String, Object> change = Map.of("position", "SUPPORTS", "summary", "Changed its view",
                "takenAt", "2025-11-28T09:00:00Z");

        assertIfMatchRequired(given().contentType(ContentType.JSON).body(verdict).when().put(path + "/verdict"));
        assertIfMatchRequired(given().contentType(ContentType.JSON).body(change).when().put(path + "/stances/" + isw));
        assertIfMatchRequired(given().when().delete(path + "/verdict"));
        assertIfMatchRequired(given().contentType(ContentType.JSON).body(Map.of("name", "Renamed", "kind", "GROUP"))
                .when().put(API + "/actors/" + isw));
        assertIfMatchRequired(given().when().delete(path));

        // Stances and the verdict are part of the claim: its ETag guards them and moves with them.
        String etag = given().when().get(path).then().extract().header("ETag");
        String afterVerdict = given().contentType(ContentType.JSON).header("If-Match", etag).body(verdict)
                .when().put(path + "/verdict").then().statusCode(200).extract().header("ETag");
        assertEquals(afterVerdict, given().when().get(path).then().extract().header("ETag"));
        given().contentType(ContentType.JSON).header("If-Match", etag).body(change)
                .when().put(path + "/stances/" + isw)
                .then().statusCode(412).body("type", equalTo(ProblemType.STALE_VERSION.uri()));
        given().contentType(ContentType.JSON).header("If-Match", afterVerdict).body(change)
                .when().put(path + "/stances/" + isw).then().statusCode(200).header("ETag", not(equalTo(afterVerdict)));
        given().header("If-Match", "W/" + afterVerdict).when().delete(path + "/verdict").then().statusCode(412);
        given().header("If-Match", "*").when().delete(path + "/verdict").then().statusCode(204);
    }

    @Test
    void anActorsWeakTagIsStaleAndStarMatches() {
        UUID actor = Fixtures.actor("Analysts " + Fixtures.token(), "GROUP");
        Map<String, Object> body = Map.of("name", "Analysts renamed " + Fixtures.token(), "kind", "GROUP");
        given().contentType(ContentType.JSON).header("If-Match", "W/\"0\"").body(body)
                .when().put(API + "/actors/" + actor)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:stale-version"))
                .body("title", equalTo(ProblemType.STALE_VERSION.title()));
        given().contentType(ContentType.JSON).header("If-Match", "*").body(body)
                .when().put(API + "/actors/" + actor).then().statusCode(200).header("ETag", equalTo("\"1\""));
    }

    @Test
    void anUnknownFieldIsRefusedByItsPath() {
        Map<String, Object> body = Fixtures.claimBody(putin, "Talks are serious", "2025-11");
        body.put("madeAt", Map.of("edtf", "2025-11", "when", "November"));
        given().contentType(ContentType.JSON).body(body)
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:unknown-field"))
                .body("title", equalTo(ProblemType.UNKNOWN_FIELD.title()))
                .body("errors.field", contains("madeAt.when"))
                .body("errors.message", contains("is not a field of this operation"));
        Map<String, Object> cited = Fixtures.claimBody(putin, "Talks are serious", "2025-11");
        cited.put("appearances", List.of(Map.of("url", "https://example.org/a", "link", "https://example.org/b")));
        given().contentType(ContentType.JSON).body(cited)
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(400).body("errors.field", contains("appearances[0].link"));
    }

    @Test
    void anUnknownQueryParameterIsRefusedByName() {
        given().queryParam("updatedSince", "2025-11-01T00:00:00Z").queryParam("limit", 5)
                .when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:unknown-parameter"))
                .body("errors.field", contains("updatedSince"));
        given().queryParam("nam", "Putin").queryParam("sort", "name").when().get(API + "/actors")
                .then().statusCode(400).body("errors.field", contains("nam", "sort"));
        given().queryParam("name", "Putin").queryParam("limit", 5).when().get(API + "/actors").then().statusCode(200);
        given().queryParam("history", true).when().get(API + "/actors/" + putin)
                .then().statusCode(400).body("type", equalTo("urn:newsroom:problem:unknown-parameter"));
    }

    @Test
    void failuresAreTypesOfTheCatalogue() {
        assertProblem(given().when().get(API + "/stories/" + story + "/claims/" + UUID.randomUUID()),
                ProblemType.NOT_FOUND);
        assertProblem(given().when().get(API + "/stories/" + story + "/claims/not-a-uuid"), ProblemType.BAD_REQUEST);
        assertProblem(given().queryParam("limit", "many").when().get(API + "/stories/" + story + "/claims"),
                ProblemType.BAD_REQUEST);
        assertProblem(given().queryParam("after", "@@@").when().get(API + "/stories/" + story + "/claims"),
                ProblemType.BAD_REQUEST).body("errors.field", contains("after"));
        assertProblem(given().queryParam("limit", 201).when().get(API + "/stories/" + story + "/claims"),
                ProblemType.VALIDATION).body("errors.field", contains("limit"));
        assertProblem(given().contentType(ContentType.JSON).body("{\"proposition\": [1]}")
                .when().post(API + "/stories/" + story + "/claims"), ProblemType.BAD_REQUEST)
                .body("errors.field", contains("proposition"));
        assertProblem(given().contentType(ContentType.JSON).body("{\"proposition\": ")
                .when().post(API + "/stories/" + story + "/claims"), ProblemType.BAD_REQUEST);
        assertProblem(given().contentType(ContentType.JSON).body(Fixtures.claimBody(putin, "", "2025"))
                .when().post(API + "/stories/" + story + "/claims"), ProblemType.VALIDATION)
                .body("errors.field", contains("proposition"));
        assertProblem(given().contentType(ContentType.JSON).body(Fixtures.claimBody(putin, "x", "2025-13"))
                .when().post(API + "/stories/" + story + "/claims"), ProblemType.VALIDATION)
                .body("errors.field", contains("madeAt.edtf"));
        assertProblem(given().when().delete(API + "/actors"), ProblemType.METHOD_NOT_ALLOWED);
        assertProblem(given().when().delete(API + "/actors/" + putin), ProblemType.IF_MATCH_REQUIRED);

        UUID claim = Fixtures.claim(story, putin, "Talks are serious", "2025-11");
        Map<String, Object> appearance = Map.of("url", "https://example.org/a/" + Fixtures.token());
        given().contentType(ContentType.JSON).body(appearance)
                .when().post(Fixtures.claimPath(story, claim) + "/appearances").then().statusCode(201);
        assertProblem(given().contentType(ContentType.JSON).body(appearance)
                .when().post(Fixtures.claimPath(story, claim) + "/appearances"), ProblemType.CONFLICT);
        assertProblem(given().contentType(ContentType.JSON).body(Fixtures.stanceBody(putin, "SUPPORTS",
                        "2025-11-28T10:00:00Z"))
                .when().post(Fixtures.claimPath(story, claim) + "/stances"), ProblemType.SELF_STANCE);
        UUID other = Fixtures.claim(story, putin, "Talks are a show", "2025-11");
        Map<String, Object> relation = Map.of("toClaimId", other.toString(), "type", "CONTRADICTS");
        given().contentType(ContentType.JSON).body(relation)
                .when().post(Fixtures.claimPath(story, claim) + "/relations").then().statusCode(201);
        assertProblem(given().contentType(ContentType.JSON).body(relation)
                .when().post(Fixtures.claimPath(story, claim) + "/relations"), ProblemType.CONFLICT);
    }

    @Test
    void aReplayAnswersTheSameStatusLocationEtagAndBody() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Fixtures.claimBody(putin, "Russia is stalling", "2025-11");
        ExtractableResponse<Response> first = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(201).header("Idempotency-Replayed", nullValue()).extract();
        ExtractableResponse<Response> replay = given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(201).header("Idempotency-Replayed", equalTo("true")).extract();
        assertEquals(first.header("Location"), replay.header("Location"));
        assertEquals("\"0\"", replay.header("ETag"));
        assertEquals(first.header("ETag"), replay.header("ETag"));
        assertEquals(first.asString(), replay.asString());
        // Another request under the same key is refused, whatever its path.
        given().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Fixtures.claimBody(putin, "Russia is not stalling", "2025-11"))
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(422).body("type", equalTo(ProblemType.IDEMPOTENCY_KEY_REUSED.uri()));
    }

    @Test
    void anIdempotencyKeyHasAtMost255VisibleCharacters() {
        String longest = UUID.randomUUID() + "x".repeat(255 - 36);
        given().contentType(ContentType.JSON).header("Idempotency-Key", longest)
                .body(Fixtures.claimBody(putin, "Talks are serious", "2025-11"))
                .when().post(API + "/stories/" + story + "/claims").then().statusCode(201);
        for (String refused : List.of(longest + "y", "two words")) {
            assertProblem(given().contentType(ContentType.JSON).header("Idempotency-Key", refused)
                    .body(Fixtures.claimBody(putin, "Talks are serious", "2025-11"))
                    .when().post(API + "/stories/" + story + "/claims"), ProblemType.BAD_REQUEST)
                    .body("errors.field", contains("Idempotency-Key"));
        }
    }

    @Test
    void searchStemsEachClaimInItsLanguage() {
        Map<String, Object> russian = Fixtures.claimBody(putin, "Переговоры с Киевом зашли в тупик", "2025-11-27");
        russian.put("language", "RU");
        russian.put("appearances", List.of(Map.of("url", "https://example.ru/a/" + Fixtures.token(),
                "quote", "Мы готовы к обсуждению мирного плана", "language", "ru")));
        String id = Fixtures.claim(story, russian).getString("id");
        given().when().get(Fixtures.claimPath(story, UUID.fromString(id)))
                .then().body("language", equalTo("ru")).body("appearances[0].language", equalTo("ru"));
        given().queryParam("q", "переговоров").when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(200).body("items.id", contains(id));
        given().queryParam("q", "обсуждения").when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(200).body("items.id", contains(id));

        Map<String, Object> english = Fixtures.claimBody(putin, "Negotiations have stalled", "2025-11-27");
        english.put("language", "en-gb");
        String englishId = Fixtures.claim(story, english).getString("language");
        assertEquals("en-GB", englishId);
        given().queryParam("q", "negotiation").when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(200).body("items.proposition", contains("Negotiations have stalled"));

        Map<String, Object> invalid = Fixtures.claimBody(putin, "Talks", "2025");
        invalid.put("language", "not a language");
        assertProblem(given().contentType(ContentType.JSON).body(invalid)
                .when().post(API + "/stories/" + story + "/claims"), ProblemType.VALIDATION)
                .body("errors.field", contains("language"));
        invalid.remove("language");
        invalid.put("appearances", List.of(Map.of("url", "https://example.org/x", "language", "x1")));
        assertProblem(given().contentType(ContentType.JSON).body(invalid)
                .when().post(API + "/stories/" + story + "/claims"), ProblemType.VALIDATION)
                .body("errors.field", contains("appearances[0].language"));
    }

    @Test
    void aWordOfANameOrOfAnAliasFindsTheActorInAnyScript() {
        String putinName = "Владимир Путин";
        String cyrillic = Fixtures.actor(putinName, "PERSON").toString();
        String aliased = Fixtures.actor(Map.of("name", "Vladimir Putin " + Fixtures.token(), "kind", "PERSON",
                "aliases", List.of(putinName))).toString();
        String zelensky = Fixtures.actor("Volodymyr Zelensky", "PERSON").toString();
        for (String name : List.of("владимир путин", "Путин", "ПУТИН")) {
            given().queryParam("name", name).queryParam("limit", 200).when().get(API + "/actors")
                    .then().statusCode(200).body("items.id", hasItem(cyrillic)).body("items.id", hasItem(aliased));
        }
        for (String name : List.of("Zelensky", "zelensky", "Zélensky", "VOLODYMYR ZELENSKY")) {
            given().queryParam("name", name).queryParam("limit", 200).when().get(API + "/actors")
                    .then().statusCode(200).body("items.id", hasItem(zelensky));
        }
    }

    private static void assertIfMatchRequired(Response response) {
        assertProblem(response, ProblemType.IF_MATCH_REQUIRED).body("errors.field", contains("If-Match"));
    }

    private static io.restassured.response.ValidatableResponse assertProblem(Response response, ProblemType type) {
        return response.then().statusCode(type.status()).contentType("application/problem+json")
                .body("type", equalTo(type.uri())).body("title", equalTo(type.title()))
                .body("status", equalTo(type.status()));
    }
}

package io.newsroom.claims.rest;

import static io.newsroom.stylebook.DocumentedAnswers.assertConforms;
import static io.newsroom.claims.rest.Fixtures.API;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActorResourceTest {

    @Test
    void createsAnActorWithLocationAndEtag() {
        String name = "Institute for the Study of War " + Fixtures.token();
        // A Wikidata id names one actor, so each run records its own.
        String wikidataId = "Q" + java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "ORGANIZATION", "description", "US-based war monitor",
                        "country", "US", "wikidataId", wikidataId))
                .when().post(API + "/actors")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo(name)).body("kind", equalTo("ORGANIZATION")).body("country", equalTo("US"))
                .extract().header("Location");
        assertConforms("getActor", given().when().get(location)
                .then().statusCode(200).header("ETag", equalTo("\"0\""))
                .body("wikidataId", equalTo(wikidataId)).body("description", equalTo("US-based war monitor"))
                .extract().response());
        assertConforms("listActors", given().when().get(API + "/actors").then().statusCode(200).extract().response());
    }

    @Test
    void malformedWikidataIdIs422NamingTheField() {
        given().contentType(ContentType.JSON).body(Map.of("name", "Someone", "kind", "PERSON", "wikidataId", "P31"))
                .when().post(API + "/actors")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:validation"))
                .body("errors.field", contains("wikidataId"))
                .body("instance", equalTo(API + "/actors"));
    }

    @Test
    void unknownCountryIs422() {
        given().contentType(ContentType.JSON).body(Map.of("name", "Someone", "kind", "PERSON", "country", "XX"))
                .when().post(API + "/actors")
                .then().statusCode(422).body("errors.field", contains("country"));
    }

    @Test
    void onlyAGroupMayHaveMembersAndMembersMustExist() {
        UUID member = Fixtures.actor("Dmitry Peskov " + Fixtures.token(), "PERSON");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Kremlin", "kind", "GOVERNMENT", "members", List.of(member.toString())))
                .when().post(API + "/actors")
                .then().statusCode(422).body("errors.field", contains("members"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Russian officials", "kind", "GROUP",
                        "members", List.of(member.toString(), UUID.randomUUID().toString())))
                .when().post(API + "/actors")
                .then().statusCode(422).body("errors.field", contains("members"));
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Russian officials " + Fixtures.token(), "kind", "GROUP",
                        "members", List.of(member.toString())))
                .when().post(API + "/actors")
                .then().statusCode(201).body("members", contains(member.toString()));
    }

    @Test
    void lookupIgnoresCaseAndAccentsAndMatchesAliases() {
        String token = Fixtures.token();
        UUID president = Fixtures.actor(Map.of("name", "Volodymyr Zelenskyy " + token, "kind", "PERSON",
                "aliases", List.of("Zelensky " + token)));
        UUID council = Fixtures.actor("Kyïv City Council " + token, "GOVERNMENT");

        given().queryParam("name", "ZELENSKY " + token).when().get(API + "/actors")
                .then().statusCode(200).body("items.id", contains(president.toString()));
        given().queryParam("name", "kyiv city council " + token).when().get(API + "/actors")
                .then().statusCode(200).body("items.id", contains(council.toString()));
        // A single word of a name is enough.
        given().queryParam("name", token.toUpperCase()).when().get(API + "/actors")
                .then().statusCode(200).body("items.id", hasSize(2))
                .body("items.id", hasItem(president.toString())).body("items.id", hasItem(council.toString()));
    }

    @Test
    void staleIfMatchIs412AndCurrentOneReplaces() {
        UUID id = Fixtures.actor("Steve Witkoff " + Fixtures.token(), "PERSON");
        Map<String, Object> body = Map.of("name", "Steve Witkoff", "kind", "PERSON", "description", "US special envoy");
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put(API + "/actors/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"1\"")).body("description", equalTo("US special envoy"));
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(body)
                .when().put(API + "/actors/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:stale-version"));
    }

    @Test
    void retriedCreateWithTheSameKeyReplaysAndCreatesOneActor() {
        String key = UUID.randomUUID().toString();
        String name = "Dan Driscoll " + Fixtures.token();
        Map<String, Object> body = Map.of("name", name, "kind", "PERSON");
        var first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(API + "/actors").then().statusCode(201).extract();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(API + "/actors")
                .then().statusCode(201).header("Idempotency-Replayed", "true")
                .header("Location", first.header("Location"))
                .body(equalTo(first.asString()));
        given().queryParam("name", name).when().get(API + "/actors")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void unknownActorIs404AndMalformedIdIs400() {
        given().when().get(API + "/actors/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().when().get(API + "/actors/not-a-uuid")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", startsWith("urn:newsroom:problem:"));
    }

    @Test
    void unknownEnumValueIs400() {
        given().contentType(ContentType.JSON).body(Map.of("name", "Someone", "kind", "ALIEN"))
                .when().post(API + "/actors")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("kind"));
    }

    @Test
    void listPagesWithCursorAndLink() {
        Fixtures.actor("Analysts " + Fixtures.token(), "GROUP");
        Fixtures.actor("European officials " + Fixtures.token(), "GROUP");
        var first = given().queryParam("limit", 1).when().get(API + "/actors")
                .then().statusCode(200).body("items", hasSize(1)).body("nextCursor", notNullValue())
                .header("Link", containsString("rel=\"next\"")).extract();
        String cursor = first.path("nextCursor");
        given().queryParam("limit", 1).queryParam("after", cursor).when().get(API + "/actors")
                .then().statusCode(200).body("items", hasSize(1))
                .body("items[0].id", org.hamcrest.Matchers.not(equalTo(first.path("items[0].id"))));
        given().queryParam("limit", 201).when().get(API + "/actors")
                .then().statusCode(422).body("errors.field", contains("limit"));
        given().queryParam("after", "garbage!").when().get(API + "/actors")
                .then().statusCode(400).contentType("application/problem+json");
    }
}

package io.newsroom.claims.rest;

import static io.newsroom.claims.rest.Fixtures.API;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;

import io.newsroom.stylebook.TestCaller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** A Wikidata id names one actor, and duplicates are merged, not left to split the record. */
@QuarkusTest
class ActorMergeTest {

    @Test
    void aWikidataIdBelongsToOneActorAndFindsIt() {
        String wikidata = wikidataId();
        UUID putin = Fixtures.actor(Map.of("name", "Vladimir Putin " + Fixtures.token(), "kind", "PERSON",
                "wikidataId", wikidata));
        given().contentType(ContentType.JSON).body(Map.of("name", "Putin", "kind", "PERSON", "wikidataId", wikidata))
                .when().post(API + "/actors")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:conflict"))
                .body("detail", containsString(putin.toString()))
                .body("errors[0].field", equalTo("wikidataId"))
                .body("errors[0].message", containsString(putin.toString()));
        UUID other = Fixtures.actor("Another Putin " + Fixtures.token(), "PERSON");
        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("name", "Another Putin", "kind", "PERSON", "wikidataId", wikidata))
                .when().put(API + "/actors/" + other).then().statusCode(409).body("errors[0].field", equalTo("wikidataId"));
        // Its own id is no conflict.
        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("name", "Vladimir Putin", "kind", "PERSON", "wikidataId", wikidata))
                .when().put(API + "/actors/" + putin).then().statusCode(200);

        given().queryParam("wikidataId", wikidata).when().get(API + "/actors").then().statusCode(200)
                .body("items.id", contains(putin.toString()));
        given().queryParam("wikidataId", "Q" + (Long.parseLong(wikidata.substring(1)) + 1)).when().get(API + "/actors")
                .then().statusCode(200).body("items", hasSize(0));
        given().queryParam("wikidataId", "Putin").when().get(API + "/actors").then().statusCode(422)
                .body("errors.field", contains("wikidataId"));
    }

    @Test
    void mergingTwoPutinsLeavesOneWithEveryClaimAndStanceAndTheOldIdRedirects() {
        String story = Fixtures.story();
        String wikidata = wikidataId();
        UUID kept = Fixtures.actor(Map.of("name", "Vladimir Putin", "kind", "PERSON", "wikidataId", wikidata,
                "aliases", List.of("Putin")));
        String word = Fixtures.token();
        UUID duplicate = Fixtures.actor(Map.of("name", "V. V. Putin", "kind", "PERSON",
                "aliases", List.of("Vladimirovich " + word, "putin")));
        UUID zelensky = Fixtures.actor("Volodymyr Zelensky " + Fixtures.token(), "PERSON");
        UUID kremlinVoices = Fixtures.actor(Map.of("name", "Kremlin voices " + Fixtures.token(), "kind", "GROUP",
                "members", List.of(duplicate.toString())));

        UUID byKept = Fixtures.claim(story, kept, "Ukraine's leadership is not legitimate", "2025-11-27");
        UUID byDuplicate = Fixtures.claim(story, duplicate, "The plan could be a basis for agreements", "2025-11-27");
        UUID byZelensky = Fixtures.claim(story, zelensky, "Russia is not serious about peace", "2025-11-28");
        UUID second = Fixtures.claim(story, zelensky, "Ukraine will not give up territory", "2025-11-28");
        Fixtures.stance(story, byZelensky, kept, "DISPUTES");
        Fixtures.stance(story, second, duplicate, "DISPUTES");
        // Both hold a current stance on one claim: the kept actor's stays current.
        UUID both = Fixtures.claim(story, zelensky, "Europe must be at the table", "2025-11-28");
        Fixtures.stance(story, both, kept, "DISPUTES");
        Fixtures.stance(story, both, duplicate, "SUPPORTS");
        String duplicateEtag = given().when().get(Fixtures.claimPath(story, byDuplicate)).then().extract().header("ETag");

        given().header(TestCaller.as("editor")).contentType(ContentType.JSON).body(Map.of("into", kept.toString()))
                .when().post(API + "/actors/" + duplicate + "/merge").then().statusCode(403);
        given().contentType(ContentType.JSON).body(Map.of("into", kept.toString()))
                .when().post(API + "/actors/" + duplicate + "/merge").then().statusCode(200)
                .body("id", equalTo(kept.toString()))
                .body("wikidataId", equalTo(wikidata))
                .body("aliases", contains("Putin", "V. V. Putin", "Vladimirovich " + word));

        // The old id redirects, permanently, to the kept actor; so does its activity.
        given().redirects().follow(false).when().get(API + "/actors/" + duplicate).then().statusCode(308)
                .header("Location", endsWith(API + "/actors/" + kept));
        given().redirects().follow(false).when().get(API + "/actors/" + duplicate + "/activity").then().statusCode(308)
                .header("Location", endsWith(API + "/actors/" + kept + "/activity"));
        var activity = given().when().get(API + "/actors/" + kept + "/activity").then().statusCode(200)
                .extract().jsonPath();
        assertThat(activity.getList("claims.id"), containsInAnyOrder(byKept.toString(), byDuplicate.toString()));
        assertThat(activity.getList("stances.stance.claimId"),
                hasItems(byZelensky.toString(), second.toString(), both.toString()));
        given().when().get(Fixtures.claimPath(story, byDuplicate)).then()
                .body("claimant.id", equalTo(kept.toString())).body("claimant.name", equalTo("Vladimir Putin"))
                .header("ETag", org.hamcrest.Matchers.not(equalTo(duplicateEtag)));
        given().when().get(Fixtures.claimPath(story, both) + "/stances").then()
                .body("items.actor.id", contains(kept.toString())).body("items.position", contains("DISPUTES"));
        given().queryParam("history", true).when().get(Fixtures.claimPath(story, both) + "/stances").then()
                .body("items", hasSize(2)).body("items.actor.id", everyItemIs(kept.toString()));
        given().when().get(Fixtures.claimPath(story, both)).then().body("status", equalTo("DISPUTED"));
        given().when().get(API + "/actors/" + kremlinVoices).then().body("members", contains(kept.toString()));
        given().queryParam("name", word).when().get(API + "/actors").then()
                .body("items.id", contains(kept.toString()));

        // Every move is a revision; the merged actor's last one is its deletion.
        given().when().get(API + "/actors/" + duplicate + "/revisions").then().statusCode(200)
                .body("items[0].action", equalTo("DELETED"));
        given().when().get(API + "/actors/" + kept + "/revisions").then()
                .body("items[0].action", equalTo("UPDATED"))
                .body("items[0].changes.field", contains("aliases"));
        given().when().get(Fixtures.claimPath(story, byDuplicate) + "/revisions").then()
                .body("items[0].changes.field", contains("claimantId"))
                .body("items[0].changes[0].before", equalTo(duplicate.toString()))
                .body("items[0].changes[0].after", equalTo(kept.toString()));
        given().when().get(Fixtures.claimPath(story, second) + "/stances/" + kept + "/revisions").then()
                .body("items[0].changes.field", contains("actor"))
                .body("items[0].changes[0].before.id", equalTo(duplicate.toString()));

        // A write naming the merged id means the kept actor.
        given().contentType(ContentType.JSON).body(Fixtures.claimBody(duplicate, "Talks will continue", "2025-11-29"))
                .when().post(API + "/stories/" + story + "/claims").then().statusCode(201)
                .body("claimantId", equalTo(kept.toString()));
        given().contentType(ContentType.JSON).body(Map.of("into", kept.toString()))
                .when().post(API + "/actors/" + duplicate + "/merge").then().statusCode(409);
        given().when().post(API + "/actors/" + duplicate + "/restore").then().statusCode(409)
                .body("detail", containsString("merged"));
    }

    @Test
    void aMergeThatWouldMakeAStanceOnOnesOwnClaimIsRefused() {
        String story = Fixtures.story();
        UUID putin = Fixtures.actor("Vladimir Putin " + Fixtures.token(), "PERSON");
        UUID duplicate = Fixtures.actor("Putin " + Fixtures.token(), "PERSON");
        UUID claim = Fixtures.claim(story, putin, "Russian forces advance on every front", "2025-11-27");
        Fixtures.stance(story, claim, duplicate, "SUPPORTS");
        given().contentType(ContentType.JSON).body(Map.of("into", putin.toString()))
                .when().post(API + "/actors/" + duplicate + "/merge").then().statusCode(422)
                .body("type", equalTo("urn:newsroom:problem:self-stance"))
                .body("detail", containsString(claim.toString()));
        given().when().get(API + "/actors/" + duplicate).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("into", duplicate.toString()))
                .when().post(API + "/actors/" + duplicate + "/merge").then().statusCode(422)
                .body("errors.field", contains("into"));
        given().contentType(ContentType.JSON).body(Map.of("into", UUID.randomUUID().toString()))
                .when().post(API + "/actors/" + duplicate + "/merge").then().statusCode(422)
                .body("errors.field", contains("into"));
        given().contentType(ContentType.JSON).body(Map.of("into", putin.toString()))
                .when().post(API + "/actors/" + UUID.randomUUID() + "/merge").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of())
                .when().post(API + "/actors/" + duplicate + "/merge").then().statusCode(422)
                .body("errors.field", hasItem("into"));
    }

    private static String wikidataId() {
        return "Q" + ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> everyItemIs(String value) {
        return org.hamcrest.Matchers.everyItem(equalTo(value));
    }
}

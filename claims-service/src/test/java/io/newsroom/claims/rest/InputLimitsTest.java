package io.newsroom.claims.rest;

import static io.newsroom.claims.rest.Fixtures.API;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsroom.claims.domain.ClaimStatus;
import io.newsroom.stylebook.ChangeQuery;
import io.newsroom.stylebook.Cursor;
import io.newsroom.stylebook.EntityTags;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Collections;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The limits the OpenAPI document declares on inputs are the ones the service holds a request to: past one, the
 * answer is the problem naming the field or parameter, and nothing is written.
 */
@QuarkusTest
class InputLimitsTest {

    @Test
    void aBodyOverItsLimitsIsRefusedNamingEachField() {
        String name = "Institute for the Study of War " + Fixtures.token();
        given().contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "ORGANIZATION", "country", "USA", "wikidataId", "Q12345678901234"))
                .when().post(API + "/actors")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:validation"))
                .body("errors.field", hasItem("country"))
                .body("errors.field", hasItem("wikidataId"));
        given().queryParam("name", name).when().get(API + "/actors").then().statusCode(200)
                .body("items", org.hamcrest.Matchers.hasSize(0));
        String story = Fixtures.story();
        UUID claimant = Fixtures.actor("Russian officials " + Fixtures.token(), "GROUP");
        Map<String, Object> claim = new java.util.HashMap<>(Fixtures.claimBody(claimant, "Russia is advancing", "2025-11-27"));
        claim.put("tags", Collections.nCopies(21, "front"));
        given().contentType(ContentType.JSON).body(claim).when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(422).body("errors.field", contains("tags"));
    }

    @Test
    void aQueryParameterOverItsLimitIsRefusedNamingIt() {
        String story = Fixtures.story();
        given().queryParam("tag", "x".repeat(61)).when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(422).body("type", equalTo("urn:newsroom:problem:validation")).body("errors.field", contains("tag"));
        given().queryParam("q", "war ".repeat(126)).when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(422).body("errors.field", contains("q"));
        given().queryParam("from", "2".repeat(65)).when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(422).body("errors.field", contains("from"));
        given().queryParam("status", Collections.nCopies(ClaimStatus.COUNT + 1, "DISPUTED"))
                .when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(422).body("errors.field", contains("status"));
        given().queryParam("wikidataId", "Q12345678901234").when().get(API + "/actors")
                .then().statusCode(422).body("errors.field", contains("wikidataId"));
        given().queryParam("after", "A".repeat(Cursor.MAX_LENGTH + 1)).when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(400).body("errors.field", contains("after"));
        given().queryParam("types", "claim.created,".repeat(ChangeQuery.MAX_TYPES_LENGTH / 10)).when().get(API + "/changes")
                .then().statusCode(400).body("errors.field", contains("types"));
    }

    @Test
    void aConditionHeaderOverItsLimitIsRefusedNamingIt() {
        UUID actor = Fixtures.actor("Kremlin spokesman " + Fixtures.token(), "PERSON");
        given().header("If-Match", "\"0\", ".repeat(EntityTags.MAX_CONDITION_LENGTH / 4) + "\"0\"")
                .when().delete(API + "/actors/" + actor)
                .then().statusCode(400).body("errors.field", contains("If-Match"));
        given().when().get(API + "/actors/" + actor).then().statusCode(200);
    }

    @Test
    void aStatusFilterNamesEachStatusAtMostOnce() {
        assertEquals(ClaimStatus.values().length, ClaimStatus.COUNT);
    }
}

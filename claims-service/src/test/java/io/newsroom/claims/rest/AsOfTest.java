package io.newsroom.claims.rest;

import static io.newsroom.claims.rest.Fixtures.API;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** asOf answers what was known then, read from the revisions: texts, verdicts, stances and statuses of then. */
@QuarkusTest
class AsOfTest {

    private static final String BEFORE_EVERYTHING = "2000-01-01T00:00:00Z";

    private String story;
    private UUID kremlin;
    private UUID isw;

    @BeforeEach
    void story() {
        story = Fixtures.story();
        kremlin = Fixtures.actor("Kremlin " + Fixtures.token(), "GOVERNMENT");
        isw = Fixtures.actor("Institute for the Study of War " + Fixtures.token(), "ORGANIZATION");
    }

    @Test
    void aClaimAsOfAnInstantShowsItsTextVerdictStancesAndStatusOfThen() {
        UUID bishkek = UUID.randomUUID();
        Map<String, Object> body = Fixtures.claimBody(kremlin, "The plan could be a basis for agreements", "2025-11-27");
        body.put("eventId", bishkek.toString());
        body.put("appearances", List.of(Map.of("url", "https://example.org/bishkek-" + Fixtures.token(),
                "publishedAt", "2025-11-27T18:00:00Z")));
        var created = Fixtures.claim(story, body);
        UUID claim = UUID.fromString(created.getString("id"));
        String path = Fixtures.claimPath(story, claim);
        String recorded = created.getString("recordedAt");
        String rated = verdict(path, "MIXED", "Parts of it were discussed");
        Map<String, Object> edit = Fixtures.claimBody(kremlin, "The plan could form the basis of a settlement",
                "2025-11-27T10:00Z");
        edit.put("eventId", bishkek.toString());
        String edited = given().header("If-Match", "*").contentType(ContentType.JSON).body(edit).when().put(path)
                .then().statusCode(200).extract().path("updatedAt");
        String rerated = verdict(path, "MOSTLY_FALSE", "No text was agreed");
        String supported = Fixtures.stance(story, claim, isw, "SUPPORTS").getString("recordedAt");
        String disputed = given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("position", "DISPUTES", "summary", "Kyiv rejected the draft", "takenAt", "2025-11-28T09:00:00Z"))
                .when().put(path + "/stances/" + isw).then().statusCode(200).extract().path("recordedAt");
        String cited = given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.net/plan-" + Fixtures.token(), "publishedAt", "2025-11-28T08:00:00Z"))
                .when().post(path + "/appearances").then().statusCode(201).extract().path("recordedAt");

        given().queryParam("asOf", recorded).when().get(path).then().statusCode(200)
                .header("ETag", nullValue())
                .body("proposition", equalTo("The plan could be a basis for agreements"))
                .body("madeAt.edtf", equalTo("2025-11-27"))
                .body("eventId", equalTo(bishkek.toString()))
                .body("verdict", nullValue()).body("stances", hasSize(0)).body("status", equalTo("UNCHALLENGED"))
                .body("appearances", hasSize(1));
        given().queryParam("asOf", rated).when().get(path).then().body("verdict.rating", equalTo("MIXED"))
                .body("proposition", equalTo("The plan could be a basis for agreements"));
        given().queryParam("asOf", edited).when().get(path).then()
                .body("proposition", equalTo("The plan could form the basis of a settlement"))
                .body("madeAt.precision", equalTo("MINUTE")).body("verdict.rating", equalTo("MIXED"));
        given().queryParam("asOf", rerated).when().get(path).then().body("verdict.rating", equalTo("MOSTLY_FALSE"));
        given().queryParam("asOf", supported).when().get(path).then().body("status", equalTo("SUPPORTED"))
                .body("stances.position", contains("SUPPORTS"));
        given().queryParam("asOf", disputed).when().get(path).then().body("status", equalTo("DISPUTED"))
                .body("stances.position", contains("DISPUTES")).body("stances[0].current", equalTo(true))
                .body("appearances", hasSize(1));
        given().queryParam("asOf", cited).when().get(path).then().body("appearances", hasSize(2))
                .body("firstAppearance.publishedAt", equalTo("2025-11-27T18:00:00Z"));
        given().queryParam("asOf", BEFORE_EVERYTHING).when().get(path).then().statusCode(404);

        // Lists and the board, as of then: filters apply to then.
        given().queryParam("asOf", recorded).when().get(API + "/stories/" + story + "/claims").then().statusCode(200)
                .body("items.proposition", contains("The plan could be a basis for agreements"));
        given().queryParam("asOf", supported).queryParam("status", "SUPPORTED")
                .when().get(API + "/stories/" + story + "/claims").then().body("items.id", contains(claim.toString()));
        given().queryParam("asOf", disputed).queryParam("status", "SUPPORTED")
                .when().get(API + "/stories/" + story + "/claims").then().body("items", hasSize(0));
        given().queryParam("asOf", recorded).queryParam("q", "settlement")
                .when().get(API + "/stories/" + story + "/claims").then().body("items", hasSize(0));
        given().queryParam("asOf", edited).queryParam("q", "settlement")
                .when().get(API + "/stories/" + story + "/claims").then().body("items.id", contains(claim.toString()));
        given().queryParam("asOf", supported).when().get(API + "/stories/" + story + "/disputes").then()
                .statusCode(200).body("items", hasSize(0));
        given().queryParam("asOf", disputed).when().get(API + "/stories/" + story + "/disputes").then()
                .body("items.claim.id", contains(claim.toString())).body("items[0].disputes.actor.id", contains(isw.toString()));
        given().queryParam("asOf", edited).queryParam("eventId", bishkek.toString())
                .when().get(API + "/stories/" + story + "/window").then().statusCode(200)
                .body("claims.proposition", contains("The plan could form the basis of a settlement"))
                .body("counts.claims", equalTo(1)).body("counts.stances", equalTo(0))
                .body("counts.byStatus.UNCHALLENGED", equalTo(1)).body("actors.id", contains(kremlin.toString()));
        given().queryParam("asOf", disputed).queryParam("eventId", bishkek.toString())
                .when().get(API + "/stories/" + story + "/window").then()
                .body("disputes.claim.id", contains(claim.toString())).body("counts.byStatus.DISPUTED", equalTo(1))
                .body("actors", hasSize(2));

        // Deleted since: still there as of before the deletion, gone as of after it.
        given().header("If-Match", "*").when().delete(path).then().statusCode(204);
        given().queryParam("asOf", disputed).when().get(path).then().statusCode(200).body("status", equalTo("DISPUTED"));
        given().queryParam("asOf", disputed).when().get(API + "/stories/" + story + "/claims").then()
                .body("items.id", contains(claim.toString()));
        String afterwards = given().when().get(path + "/revisions").then().extract().path("items[0].recordedAt");
        given().queryParam("asOf", afterwards).when().get(path).then().statusCode(404);
        given().queryParam("asOf", afterwards).when().get(API + "/stories/" + story + "/claims").then().body("items", hasSize(0));
    }

    @Test
    void anActorAndItsActivityAsOfAnInstant() {
        UUID putin = Fixtures.actor(Map.of("name", "Vladimir Putin", "kind", "PERSON", "description", "President"));
        String named = given().when().get(API + "/actors/" + putin).then().extract().path("updatedAt");
        String claimed = Fixtures.claim(story, Fixtures.claimBody(putin, "Kyiv's leadership is illegitimate", "2025-11-27"))
                .getString("recordedAt");
        UUID other = Fixtures.claim(story, kremlin, "Talks will go on", "2025-11-28");
        String stood = Fixtures.stance(story, other, putin, "SUPPORTS").getString("recordedAt");
        String renamed = given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("name", "Vladimir V. Putin", "kind", "PERSON", "description", "President of Russia"))
                .when().put(API + "/actors/" + putin).then().statusCode(200).extract().path("updatedAt");

        given().queryParam("asOf", named).when().get(API + "/actors/" + putin).then().statusCode(200)
                .header("ETag", nullValue()).body("name", equalTo("Vladimir Putin")).body("description", equalTo("President"));
        given().queryParam("asOf", renamed).when().get(API + "/actors/" + putin).then().body("name", equalTo("Vladimir V. Putin"));
        given().queryParam("asOf", BEFORE_EVERYTHING).when().get(API + "/actors/" + putin).then().statusCode(404);

        given().queryParam("asOf", named).when().get(API + "/actors/" + putin + "/activity").then().statusCode(200)
                .body("claims", hasSize(0)).body("stances", hasSize(0));
        given().queryParam("asOf", claimed).when().get(API + "/actors/" + putin + "/activity").then()
                .body("claims.proposition", contains("Kyiv's leadership is illegitimate")).body("stances", hasSize(0));
        given().queryParam("asOf", stood).when().get(API + "/actors/" + putin + "/activity").then()
                .body("actor.name", equalTo("Vladimir Putin"))
                .body("stances.stance.claimId", contains(other.toString()))
                .body("stances[0].proposition", equalTo("Talks will go on"));
        given().when().get(API + "/actors/" + putin + "/activity").then().body("actor.name", equalTo("Vladimir V. Putin"));
    }

    @Test
    void aMergedActorAsOfBeforeTheMergeIsItselfAndAfterItRedirects() {
        UUID kept = Fixtures.actor("Vladimir Putin " + Fixtures.token(), "PERSON");
        UUID duplicate = Fixtures.actor("Putin " + Fixtures.token(), "PERSON");
        String before = given().when().get(API + "/actors/" + duplicate).then().extract().path("updatedAt");
        given().contentType(ContentType.JSON).body(Map.of("into", kept.toString()))
                .when().post(API + "/actors/" + duplicate + "/merge").then().statusCode(200);
        String after = given().when().get(API + "/actors/" + duplicate + "/revisions").then()
                .extract().path("items[0].recordedAt");
        given().queryParam("asOf", before).when().get(API + "/actors/" + duplicate).then().statusCode(200)
                .body("id", equalTo(duplicate.toString()));
        given().redirects().follow(false).queryParam("asOf", after).when().get(API + "/actors/" + duplicate)
                .then().statusCode(308).header("Location", containsString(API + "/actors/" + kept + "?asOf="));
    }

    private static String verdict(String path, String rating, String explanation) {
        return given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("rating", rating, "explanation", explanation, "reviewer", "Fact desk",
                        "reviewedAt", "2025-11-28T10:00:00Z"))
                .when().put(path + "/verdict").then().statusCode(200).extract().path("recordedAt");
    }
}

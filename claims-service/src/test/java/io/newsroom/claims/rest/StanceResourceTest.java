package io.newsroom.claims.rest;

import static io.newsroom.stylebook.DocumentedAnswers.assertConforms;
import static io.newsroom.claims.rest.Fixtures.API;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StanceResourceTest {

    private String story;
    private UUID officials;
    private UUID isw;
    private UUID kremlin;

    @BeforeEach
    void story() {
        story = Fixtures.story();
        officials = Fixtures.actor("Russian officials " + Fixtures.token(), "GROUP");
        isw = Fixtures.actor("Institute for the Study of War " + Fixtures.token(), "ORGANIZATION");
        kremlin = Fixtures.actor("Kremlin " + Fixtures.token(), "GOVERNMENT");
    }

    private UUID momentumClaim() {
        return Fixtures.claim(story, officials, "Russian forces hold the momentum on the battlefield", "2025-11");
    }

    private String status(UUID claim) {
        return given().when().get(Fixtures.claimPath(story, claim)).then().statusCode(200).extract().path("status");
    }

    @Test
    void statusIsDerivedFromCurrentStancesInAllFourStates() {
        UUID claim = momentumClaim();
        assertStatus(claim, "UNCHALLENGED");
        Fixtures.stance(story, claim, kremlin, "SUPPORTS");
        assertStatus(claim, "SUPPORTED");
        Fixtures.stance(story, claim, isw, "DISPUTES");
        assertStatus(claim, "CONTESTED");

        UUID disputed = momentumClaim();
        Fixtures.stance(story, disputed, isw, "DISPUTES");
        assertStatus(disputed, "DISPUTED");
    }

    private void assertStatus(UUID claim, String expected) {
        given().when().get(Fixtures.claimPath(story, claim)).then().statusCode(200).body("status", equalTo(expected));
        // The list filters on the status stored on the claim; StoredStatusTest checks it against the stances.
        given().queryParam("status", expected).when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(200).body("items.findAll { it.id == '" + claim + "' }.status", contains(expected));
    }

    @Test
    void aStanceCarriesItsEvidenceAndLocation() {
        UUID claim = momentumClaim();
        Map<String, Object> body = Fixtures.stanceBody(isw, "DISPUTES", "2025-11-27T20:00:00Z");
        body.put("summary", "Advance rates show a quick capture of the rest of Donetsk Oblast is not imminent");
        body.put("evidence", List.of(Map.of("url", "https://www.understandingwar.org/backgrounder/assessment?utm_campaign=x",
                "outlet", "ISW", "quote", "a rapid seizure is not imminent")));
        var taken = given().contentType(ContentType.JSON).body(body)
                .when().post(Fixtures.claimPath(story, claim) + "/stances")
                .then().statusCode(201)
                .header("Location", equalTo(io.restassured.RestAssured.baseURI + ":" + io.restassured.RestAssured.port
                        + Fixtures.claimPath(story, claim) + "/stances/" + isw))
                .body("actor.id", equalTo(isw.toString()))
                .body("position", equalTo("DISPUTES"))
                .body("current", equalTo(true))
                .body("evidence.url", contains("https://www.understandingwar.org/backgrounder/assessment"))
                .body("takenAt", equalTo("2025-11-27T20:00:00Z")).extract().response();
        assertConforms("takeStance", taken);
        assertConforms("getStance", given().when().get(Fixtures.claimPath(story, claim) + "/stances/" + isw)
                .then().statusCode(200).body("summary", equalTo(body.get("summary"))).extract().response());
        assertConforms("listStances", given().when().get(Fixtures.claimPath(story, claim) + "/stances")
                .then().statusCode(200).extract().response());
        assertConforms("getClaim", given().when().get(Fixtures.claimPath(story, claim))
                .then().statusCode(200).extract().response());
    }

    @Test
    void theClaimantCannotTakeAStanceOnItsOwnClaim() {
        UUID claim = momentumClaim();
        given().contentType(ContentType.JSON).body(Fixtures.stanceBody(officials, "SUPPORTS", "2025-11-27T12:00:00Z"))
                .when().post(Fixtures.claimPath(story, claim) + "/stances")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:self-stance"));
    }

    @Test
    void aMemberOfAClaimantGroupCannotTakeAStanceOnTheGroupsClaim() {
        UUID peskov = Fixtures.actor("Dmitry Peskov " + Fixtures.token(), "PERSON");
        UUID group = Fixtures.actor(Map.of("name", "Kremlin officials " + Fixtures.token(), "kind", "GROUP",
                "members", List.of(peskov.toString())));
        UUID claim = Fixtures.claim(story, group, "The offensive is going to plan", "2025-11");
        given().contentType(ContentType.JSON).body(Fixtures.stanceBody(peskov, "SUPPORTS", "2025-11-27T12:00:00Z"))
                .when().post(Fixtures.claimPath(story, claim) + "/stances")
                .then().statusCode(422).body("type", equalTo("urn:newsroom:problem:self-stance"));
    }

    @Test
    void unknownActorIs422NamingActorId() {
        UUID claim = momentumClaim();
        given().contentType(ContentType.JSON)
                .body(Fixtures.stanceBody(UUID.randomUUID(), "SUPPORTS", "2025-11-27T12:00:00Z"))
                .when().post(Fixtures.claimPath(story, claim) + "/stances")
                .then().statusCode(422).body("errors.field", contains("actorId"));
    }

    @Test
    void aSecondCurrentStanceBySameActorIs409() {
        UUID claim = momentumClaim();
        Fixtures.stance(story, claim, isw, "DISPUTES");
        given().contentType(ContentType.JSON).body(Fixtures.stanceBody(isw, "SUPPORTS", "2025-11-28T12:00:00Z"))
                .when().post(Fixtures.claimPath(story, claim) + "/stances")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:conflict"));
        given().when().get(Fixtures.claimPath(story, claim) + "/stances")
                .then().statusCode(200).body("items", hasSize(1));
    }

    @Test
    void changingAStanceKeepsTheEarlierOneInTheHistory() {
        UUID claim = momentumClaim();
        Fixtures.stance(story, claim, isw, "SUPPORTS");
        assertStatus(claim, "SUPPORTED");
        Map<String, Object> change = Map.of("position", "DISPUTES", "summary", "New data on advance rates",
                "takenAt", "2025-11-28T09:00:00Z");
        given().header("If-Match", "*").contentType(ContentType.JSON).body(change)
                .when().put(Fixtures.claimPath(story, claim) + "/stances/" + isw)
                .then().statusCode(200).body("position", equalTo("DISPUTES")).body("current", equalTo(true));
        assertStatus(claim, "DISPUTED");

        given().when().get(Fixtures.claimPath(story, claim) + "/stances")
                .then().statusCode(200).body("items.position", contains("DISPUTES"));
        given().queryParam("history", true).when().get(Fixtures.claimPath(story, claim) + "/stances")
                .then().statusCode(200)
                .body("items.position", contains("SUPPORTS", "DISPUTES"))
                .body("items.current", contains(false, true))
                .body("items[0].supersededAt", notNullValue())
                .body("items[1].supersededAt", nullValue());
    }

    @Test
    void changingAStanceThatDoesNotExistIs404() {
        UUID claim = momentumClaim();
        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("position", "DISPUTES", "summary", "x", "takenAt", "2025-11-28T09:00:00Z"))
                .when().put(Fixtures.claimPath(story, claim) + "/stances/" + isw)
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void asOfShowsClaimsStancesAndStatusAsKnownThen() {
        UUID claim = momentumClaim();
        String recorded = given().when().get(Fixtures.claimPath(story, claim)).then().extract().path("recordedAt");
        String supported = Fixtures.stance(story, claim, kremlin, "SUPPORTS").getString("recordedAt");
        Fixtures.stance(story, claim, isw, "SUPPORTS");
        String changed = given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("position", "DISPUTES", "summary", "Advance rates say otherwise",
                        "takenAt", "2025-11-27T13:00:00Z"))
                .when().put(Fixtures.claimPath(story, claim) + "/stances/" + isw)
                .then().statusCode(200).extract().path("recordedAt");

        given().queryParam("asOf", recorded).when().get(Fixtures.claimPath(story, claim))
                .then().statusCode(200).body("status", equalTo("UNCHALLENGED")).body("stances", hasSize(0));
        given().queryParam("asOf", supported).when().get(Fixtures.claimPath(story, claim))
                .then().statusCode(200).body("status", equalTo("SUPPORTED"))
                .body("stances.actor.id", contains(kremlin.toString()));
        given().queryParam("asOf", changed).when().get(Fixtures.claimPath(story, claim))
                .then().statusCode(200).body("status", equalTo("CONTESTED"));
        given().when().get(Fixtures.claimPath(story, claim)).then().body("status", equalTo("CONTESTED"));
        // Before it was recorded, the claim was not known at all.
        given().queryParam("asOf", "2000-01-01T00:00:00Z").when().get(Fixtures.claimPath(story, claim))
                .then().statusCode(404);
        given().queryParam("asOf", "2000-01-01T00:00:00Z").when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(200).body("items", hasSize(0));
        given().queryParam("asOf", supported).queryParam("status", "SUPPORTED")
                .when().get(API + "/stories/" + story + "/claims")
                .then().statusCode(200).body("items.id", contains(claim.toString()));
    }

    @Test
    void aStanceChangesTheClaimsEtag() {
        UUID claim = momentumClaim();
        String before = given().when().get(Fixtures.claimPath(story, claim)).then().extract().header("ETag");
        Fixtures.stance(story, claim, isw, "DISPUTES");
        given().when().get(Fixtures.claimPath(story, claim))
                .then().header("ETag", org.hamcrest.Matchers.not(equalTo(before)));
        given().contentType(ContentType.JSON).header("If-Match", before)
                .body(Fixtures.claimBody(officials, "Changed", "2025-11"))
                .when().put(Fixtures.claimPath(story, claim))
                .then().statusCode(412);
    }

    @Test
    void verdictIsIndependentOfStatus() {
        UUID claim = momentumClaim();
        Fixtures.stance(story, claim, isw, "DISPUTES");
        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("rating", "MOSTLY_FALSE", "explanation", "Advance rates do not support a collapse",
                        "reviewer", "Fact desk", "reviewedAt", "2025-11-28T10:00:00Z"))
                .when().put(Fixtures.claimPath(story, claim) + "/verdict")
                .then().statusCode(200).body("rating", equalTo("MOSTLY_FALSE"));
        given().when().get(Fixtures.claimPath(story, claim))
                .then().statusCode(200).body("status", equalTo("DISPUTED"))
                .body("verdict.rating", equalTo("MOSTLY_FALSE")).body("verdict.reviewer", equalTo("Fact desk"));
        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("rating", "TRUE", "explanation", "Re-reviewed", "reviewer", "Fact desk",
                        "reviewedAt", "2025-11-29T10:00:00Z"))
                .when().put(Fixtures.claimPath(story, claim) + "/verdict")
                .then().statusCode(200);
        given().when().get(Fixtures.claimPath(story, claim))
                .then().body("status", equalTo("DISPUTED")).body("verdict.rating", equalTo("TRUE"));
        given().header("If-Match", "*").when().delete(Fixtures.claimPath(story, claim) + "/verdict").then().statusCode(204);
        given().when().get(Fixtures.claimPath(story, claim))
                .then().body("status", equalTo("DISPUTED")).body("verdict", nullValue());
        given().header("If-Match", "*").when().delete(Fixtures.claimPath(story, claim) + "/verdict").then().statusCode(404);
        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("rating", "PANTS_ON_FIRE", "explanation", "x", "reviewer", "y",
                        "reviewedAt", "2025-11-29T10:00:00Z"))
                .when().put(Fixtures.claimPath(story, claim) + "/verdict")
                .then().statusCode(400);
    }

    @Test
    void retriedStanceWithTheSameKeyIsOneStance() {
        UUID claim = momentumClaim();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Fixtures.stanceBody(isw, "DISPUTES", "2025-11-27T12:00:00Z");
        String first = given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(Fixtures.claimPath(story, claim) + "/stances").then().statusCode(201).extract().asString();
        given().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post(Fixtures.claimPath(story, claim) + "/stances")
                .then().statusCode(201).header("Idempotency-Replayed", "true").body(equalTo(first));
        given().queryParam("history", true).when().get(Fixtures.claimPath(story, claim) + "/stances")
                .then().body("items", hasSize(1));
    }
}

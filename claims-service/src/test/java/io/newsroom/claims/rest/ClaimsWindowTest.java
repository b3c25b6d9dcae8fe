package io.newsroom.claims.rest;

import static io.newsroom.stylebook.DocumentedAnswers.assertConforms;
import static io.newsroom.claims.rest.Fixtures.API;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The claims half of the story view: what the gateway shows beside one page of the timeline. */
@QuarkusTest
class ClaimsWindowTest {

    private String story;
    private UUID kremlin;
    private UUID zelensky;
    private UUID isw;
    private UUID europe;
    private final UUID bishkek = UUID.randomUUID();
    private final UUID geneva = UUID.randomUUID();
    private final UUID moscowVisit = UUID.randomUUID();
    private UUID momentum;
    private UUID talksProgress;
    private UUID illegitimacy;
    private UUID visitPlanned;
    private UUID stalling;

    @BeforeEach
    void aStoryWithClaimsAtThreeEvents() {
        story = Fixtures.story();
        kremlin = Fixtures.actor("Kremlin " + Fixtures.token(), "GOVERNMENT");
        zelensky = Fixtures.actor("Volodymyr Zelensky " + Fixtures.token(), "PERSON");
        isw = Fixtures.actor("Institute for the Study of War " + Fixtures.token(), "ORGANIZATION");
        europe = Fixtures.actor("European officials " + Fixtures.token(), "GROUP");
        momentum = claimAt(geneva, kremlin, "Russian forces hold the battlefield initiative", "2025-11-20");
        talksProgress = claimAt(bishkek, zelensky, "The Geneva talks moved the plan forward", "2025-11-21");
        // A month precision starts earliest, so it comes first although it was recorded after.
        illegitimacy = claimAt(bishkek, kremlin, "Ukraine's leadership lacks legitimacy", "2025-11");
        visitPlanned = claimAt(moscowVisit, zelensky, "A US envoy will visit Moscow", "2025-11-22");
        stalling = claimAt(null, kremlin, "Russia is not stalling the talks", "2025-11-23");
        Fixtures.stance(story, momentum, isw, "DISPUTES");
        Fixtures.stance(story, talksProgress, europe, "SUPPORTS");
        Fixtures.stance(story, visitPlanned, isw, "DISPUTES");
        Fixtures.stance(story, visitPlanned, europe, "SUPPORTS");
        Fixtures.stance(story, stalling, europe, "DISPUTES");
    }

    @Test
    void showsTheClaimsMadeAtThePagesEventsInMadeAtOrderWithTheBoardActorsAndCounts() {
        var window = given().queryParam("eventId", bishkek.toString(), geneva.toString())
                .when().get(window())
                .then().statusCode(200)
                .body("claims.id", contains(illegitimacy.toString(), momentum.toString(), talksProgress.toString()))
                .body("claims[1].status", equalTo("DISPUTED"))
                .body("claims[1].stances[0].actor.id", equalTo(isw.toString()))
                .body("claims[1].claimant.id", equalTo(kremlin.toString()))
                // Newest stance activity first, as on the board; five by default.
                .body("disputes.claim.id", contains(stalling.toString(), visitPlanned.toString(), momentum.toString()))
                .body("disputes[1].disputes.actor.id", contains(isw.toString()))
                .body("actors.id", containsInAnyOrder(kremlin.toString(), zelensky.toString(), isw.toString(),
                        europe.toString()))
                .body("counts.claims", equalTo(5))
                .body("counts.stances", equalTo(5))
                .body("counts.actors", equalTo(4))
                .body("counts.byStatus", equalTo(Map.of("UNCHALLENGED", 1, "SUPPORTED", 1, "DISPUTED", 2,
                        "CONTESTED", 1))).extract().response();
        assertConforms("getClaimsWindow", window);
        assertConforms("listDisputes", given().when().get(API + "/stories/" + story + "/disputes")
                .then().statusCode(200).extract().response());
    }

    @Test
    void namesOnlyTheActorsOfWhatItShowsEachOnce() {
        given().queryParam("eventId", geneva.toString()).queryParam("disputes", 1)
                .when().get(window())
                .then().statusCode(200)
                .body("claims.id", contains(momentum.toString()))
                .body("disputes.claim.id", contains(stalling.toString()))
                .body("actors.id", containsInAnyOrder(kremlin.toString(), isw.toString(), europe.toString()))
                // The counts stay those of the whole story.
                .body("counts.claims", equalTo(5));
    }

    @Test
    void withoutEventIdsItStillGivesTheBoardAndCounts() {
        given().when().get(window())
                .then().statusCode(200)
                .body("claims", empty())
                .body("disputes", hasSize(3))
                .body("counts.actors", equalTo(4));
    }

    @Test
    void aStoryWithoutClaimsIsEmptyNotMissing() {
        given().queryParam("eventId", bishkek.toString())
                .when().get(API + "/stories/" + Fixtures.story() + "/window")
                .then().statusCode(200)
                .body("claims", empty()).body("disputes", empty()).body("actors", empty())
                .body("counts.claims", equalTo(0)).body("counts.actors", equalTo(0))
                .body("counts.stances", equalTo(0))
                .body("counts.byStatus", equalTo(Map.of("UNCHALLENGED", 0, "SUPPORTED", 0, "DISPUTED", 0,
                        "CONTESTED", 0)));
    }

    @Test
    void takesAWholeTimelinePageOfEventIdsInOneRequestLine() {
        List<String> ids = randomIds(199);
        ids.add(bishkek.toString());
        given().queryParam("eventId", ids)
                .when().get(window())
                .then().statusCode(200)
                .body("claims.id", contains(illegitimacy.toString(), talksProgress.toString()));
    }

    @Test
    void refusesMoreEventIdsThanOnePageNamingEventId() {
        given().queryParam("eventId", randomIds(201))
                .when().get(window())
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", contains("eventId"));
    }

    @Test
    void refusesAnEventIdThatIsNoUuidNamingEventId() {
        given().queryParam("eventId", bishkek.toString(), "bishkek-remarks")
                .when().get(window())
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("eventId"));
    }

    @Test
    void boundsTheBoardNamingDisputes() {
        given().queryParam("disputes", 21).when().get(window())
                .then().statusCode(422).body("errors.field", contains("disputes"));
        given().queryParam("disputes", 0).when().get(window())
                .then().statusCode(422).body("errors.field", contains("disputes"));
        given().queryParam("disputes", 20).when().get(window())
                .then().statusCode(200).body("disputes", hasSize(3));
    }

    @Test
    void itsTagChangesWithEveryWriteItShowsAndOnlyThen() {
        String tag = tag();
        given().header("If-None-Match", tag).when().get(window()).then().statusCode(304).header("ETag", equalTo(tag));

        // Another story's claims are not this window's.
        Fixtures.claim(Fixtures.story(), kremlin, "Talks elsewhere went well", "2025-11-24");
        assertEquals(tag, tag());

        Fixtures.stance(story, illegitimacy, europe, "DISPUTES");
        tag = changed(tag);
        // An actor belongs to no story, yet the window names it.
        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("name", "ISW " + Fixtures.token(), "kind", "ORGANIZATION"))
                .when().put(API + "/actors/" + isw).then().statusCode(200);
        changed(tag);

        // As of an instant a window is a record of then: nothing is based on it, so it has no tag.
        given().queryParam("asOf", java.time.Instant.now().toString()).when().get(window())
                .then().statusCode(200).header("ETag", nullValue());
    }

    private String tag() {
        return given().when().get(window()).then().statusCode(200).extract().header("ETag");
    }

    /** The window answers 200 to the old tag, with a new one; the new one gets 304. */
    private String changed(String old) {
        String now = given().header("If-None-Match", old).when().get(window()).then().statusCode(200).extract().header("ETag");
        assertNotEquals(old, now);
        given().header("If-None-Match", now).when().get(window()).then().statusCode(304);
        return now;
    }

    private String window() {
        return API + "/stories/" + story + "/window";
    }

    private UUID claimAt(UUID eventId, UUID claimant, String proposition, String edtf) {
        Map<String, Object> body = Fixtures.claimBody(claimant, proposition, edtf);
        if (eventId != null) {
            body.put("eventId", eventId.toString());
        }
        return UUID.fromString(Fixtures.claim(story, body).getString("id"));
    }

    private static List<String> randomIds(int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        return ids;
    }
}

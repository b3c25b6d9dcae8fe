package io.newsroom.claims.rest;

import static io.newsroom.claims.rest.Fixtures.API;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
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

    @Test
    void theStancesOnAClaimAsOfAnInstantAreThoseOfThenDeletedSinceOrNot() {
        UUID claim = Fixtures.claim(story, kremlin, "Russian forces hold the initiative", "2025-11-27");
        String stances = Fixtures.claimPath(story, claim) + "/stances";
        var first = Fixtures.stance(story, claim, isw, "SUPPORTS");
        String supported = first.getString("recordedAt");
        var second = given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("position", "DISPUTES", "summary", "Advance rates say otherwise",
                        "takenAt", "2025-11-28T09:00:00Z"))
                .when().put(stances + "/" + isw).then().statusCode(200).extract().jsonPath();
        String changed = second.getString("recordedAt");
        UUID europe = Fixtures.actor("European officials " + Fixtures.token(), "GOVERNMENT");
        String joined = Fixtures.stance(story, claim, europe, "SUPPORTS").getString("recordedAt");

        given().queryParam("asOf", supported).when().get(stances).then().statusCode(200)
                .body("items.id", contains(first.getString("id"))).body("items[0].position", equalTo("SUPPORTS"))
                .body("items[0].current", equalTo(true)).body("items[0].supersededAt", nullValue());
        given().queryParam("asOf", supported).queryParam("history", true).when().get(stances).then()
                .body("items.id", contains(first.getString("id")));
        given().queryParam("asOf", changed).when().get(stances).then()
                .body("items.id", contains(second.getString("id"))).body("items[0].position", equalTo("DISPUTES"));
        given().queryParam("asOf", changed).queryParam("history", true).when().get(stances).then()
                .body("items.id", contains(first.getString("id"), second.getString("id")))
                .body("items[0].current", equalTo(false)).body("items[0].supersededAt", equalTo(changed));
        given().queryParam("asOf", supported).when().get(stances + "/" + isw).then().statusCode(200)
                .body("position", equalTo("SUPPORTS")).body("summary", equalTo("The actor's case, in brief"));
        given().queryParam("asOf", changed).when().get(stances + "/" + isw).then().statusCode(200)
                .body("position", equalTo("DISPUTES")).body("summary", equalTo("Advance rates say otherwise"));
        given().queryParam("asOf", changed).when().get(stances + "/" + europe).then().statusCode(404);
        given().queryParam("asOf", joined).when().get(stances + "/" + europe).then().statusCode(200)
                .body("position", equalTo("SUPPORTS"));
        given().queryParam("asOf", BEFORE_EVERYTHING).when().get(stances).then().statusCode(404);

        // Deleted since: its stances are still there as of before the deletion, gone as of after it.
        given().header("If-Match", "*").when().delete(Fixtures.claimPath(story, claim)).then().statusCode(204);
        given().when().get(stances).then().statusCode(404);
        given().queryParam("asOf", joined).when().get(stances).then().statusCode(200)
                .body("items.actor.id", contains(isw.toString(), europe.toString()));
        given().queryParam("asOf", joined).when().get(stances + "/" + isw).then().statusCode(200)
                .body("position", equalTo("DISPUTES"));
        String afterwards = deletion(Fixtures.claimPath(story, claim));
        given().queryParam("asOf", afterwards).when().get(stances).then().statusCode(404);
        given().queryParam("asOf", afterwards).when().get(stances + "/" + isw).then().statusCode(404);
    }

    @Test
    void anAppearanceAsOfAnInstantIsThereOnceRecordedAndStaysAfterItsClaimIsDeleted() {
        String firstUrl = "https://example.org/bishkek-" + Fixtures.token();
        Map<String, Object> body = Fixtures.claimBody(kremlin, "The plan could be a basis for agreements", "2025-11-27");
        body.put("appearances", List.of(Map.of("url", firstUrl, "publishedAt", "2025-11-27T18:00:00Z")));
        var created = Fixtures.claim(story, body);
        String path = Fixtures.claimPath(story, UUID.fromString(created.getString("id")));
        String recorded = created.getString("recordedAt");
        String first = created.getString("appearances[0].id");
        String laterUrl = "https://example.net/plan-" + Fixtures.token();
        var later = given().contentType(ContentType.JSON)
                .body(Map.of("url", laterUrl, "title", "Kremlin on the plan", "publishedAt", "2025-11-28T08:00:00Z"))
                .when().post(path + "/appearances").then().statusCode(201).extract().jsonPath();
        String cited = later.getString("recordedAt");

        given().queryParam("asOf", recorded).when().get(path + "/appearances/" + first).then().statusCode(200)
                .body("url", equalTo(firstUrl)).body("publishedAt", equalTo("2025-11-27T18:00:00Z"));
        given().queryParam("asOf", recorded).when().get(path + "/appearances/" + later.getString("id"))
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("asOf", cited).when().get(path + "/appearances/" + later.getString("id")).then()
                .statusCode(200).body("url", equalTo(laterUrl)).body("title", equalTo("Kremlin on the plan"))
                .body("recordedAt", equalTo(cited));
        given().queryParam("asOf", BEFORE_EVERYTHING).when().get(path + "/appearances/" + first).then().statusCode(404);

        given().header("If-Match", "*").when().delete(path).then().statusCode(204);
        given().when().get(path + "/appearances/" + first).then().statusCode(404);
        given().queryParam("asOf", cited).when().get(path + "/appearances/" + first).then().statusCode(200)
                .body("url", equalTo(firstUrl));
        given().queryParam("asOf", deletion(path)).when().get(path + "/appearances/" + first).then().statusCode(404);
    }

    @Test
    void aClaimsRelationsAsOfAnInstantGoBothWaysAndKeepThoseDeletedSince() {
        UUID demand = Fixtures.claim(story, kremlin, "Ukraine must give up the territory Russia demands", "2025-11-27");
        UUID kyiv = Fixtures.actor("Government of Ukraine " + Fixtures.token(), "GOVERNMENT");
        UUID redLine = Fixtures.claim(story, kyiv, "Giving up territory is a red line", "2025-11");
        UUID echo = Fixtures.claim(story, isw, "Moscow wants the rest of Donetsk", "2025-11-28");
        String relations = Fixtures.claimPath(story, demand) + "/relations";
        var contradicts = relate(demand, redLine, "CONTRADICTS");
        // Recorded under the claim it starts from, and still one of the demand's relations.
        var repeats = relate(echo, demand, "REPEATS");

        given().queryParam("asOf", contradicts.getString("recordedAt")).when().get(relations).then().statusCode(200)
                .body("items.id", contains(contradicts.getString("id")));
        given().queryParam("asOf", repeats.getString("recordedAt")).when().get(relations).then()
                .body("items.id", contains(contradicts.getString("id"), repeats.getString("id")));
        given().queryParam("asOf", contradicts.getString("recordedAt"))
                .when().get(relations + "/" + repeats.getString("id")).then().statusCode(404);
        given().queryParam("asOf", repeats.getString("recordedAt"))
                .when().get(relations + "/" + repeats.getString("id")).then().statusCode(200)
                .body("type", equalTo("REPEATS")).body("fromClaimId", equalTo(echo.toString()))
                .body("toClaimId", equalTo(demand.toString()));
        given().queryParam("asOf", BEFORE_EVERYTHING).when().get(relations).then().statusCode(404);

        // The red line's deletion takes its relation with it: gone now, there as of before.
        given().header("If-Match", "*").when().delete(Fixtures.claimPath(story, redLine)).then().statusCode(204);
        given().when().get(relations).then().body("items.id", contains(repeats.getString("id")));
        given().when().get(relations + "/" + contradicts.getString("id")).then().statusCode(404);
        given().queryParam("asOf", repeats.getString("recordedAt")).when().get(relations).then()
                .body("items.id", contains(contradicts.getString("id"), repeats.getString("id")));
        given().queryParam("asOf", repeats.getString("recordedAt"))
                .when().get(relations + "/" + contradicts.getString("id")).then().statusCode(200)
                .body("type", equalTo("CONTRADICTS")).body("toClaimId", equalTo(redLine.toString()));
        given().queryParam("asOf", repeats.getString("recordedAt"))
                .when().get(Fixtures.claimPath(story, redLine) + "/relations").then().statusCode(200)
                .body("items.id", contains(contradicts.getString("id")));
        given().queryParam("asOf", deletion(Fixtures.claimPath(story, redLine)))
                .when().get(Fixtures.claimPath(story, redLine) + "/relations").then().statusCode(404);
    }

    @Test
    void theActorListAsOfAnInstantMatchesOrdersAndPagesByTheNamesOfThen() {
        String token = Fixtures.token();
        UUID alpha = Fixtures.actor("Alpha " + token, "PERSON");
        UUID beta = Fixtures.actor("Beta " + token, "PERSON");
        String listed = given().when().get(API + "/actors/" + beta).then().extract().path("updatedAt");
        String wikidataId = "Q" + java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_000_000_000L);
        String identified = given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("name", "Alpha " + token, "kind", "PERSON", "wikidataId", wikidataId))
                .when().put(API + "/actors/" + alpha).then().statusCode(200).extract().path("updatedAt");
        String renamed = given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("name", "Aaron " + token, "kind", "PERSON"))
                .when().put(API + "/actors/" + beta).then().statusCode(200).extract().path("updatedAt");
        given().header("If-Match", "*").when().delete(API + "/actors/" + alpha).then().statusCode(204);

        given().queryParam("name", token).when().get(API + "/actors").then().statusCode(200)
                .body("items.name", contains("Aaron " + token));
        given().queryParam("name", token).queryParam("asOf", renamed).when().get(API + "/actors").then()
                .header("ETag", nullValue()).body("items.name", contains("Aaron " + token, "Alpha " + token));
        given().queryParam("name", "Beta " + token).queryParam("asOf", identified).when().get(API + "/actors").then()
                .body("items.id", contains(beta.toString()));
        given().queryParam("name", "Beta " + token).queryParam("asOf", renamed).when().get(API + "/actors").then()
                .body("items", hasSize(0));
        given().queryParam("wikidataId", wikidataId).queryParam("asOf", listed).when().get(API + "/actors").then()
                .body("items", hasSize(0));
        given().queryParam("wikidataId", wikidataId).queryParam("asOf", identified).when().get(API + "/actors").then()
                .body("items.id", contains(alpha.toString()));
        given().queryParam("name", token).queryParam("asOf", BEFORE_EVERYTHING).when().get(API + "/actors").then()
                .statusCode(200).body("items", hasSize(0));

        // Pages of then, in the order of then; the next page's link keeps asking as of then.
        var page = given().queryParam("name", token).queryParam("asOf", identified).queryParam("limit", 1)
                .when().get(API + "/actors").then().statusCode(200).body("items.name", contains("Alpha " + token))
                .header("Link", containsString("asOf=")).extract();
        given().queryParam("name", token).queryParam("asOf", identified).queryParam("limit", 1)
                .queryParam("after", page.path("nextCursor").toString()).when().get(API + "/actors").then()
                .statusCode(200).body("items.name", contains("Beta " + token)).body("nextCursor", nullValue());
    }

    /** The stances', appearances', relations' and actors' reads refuse what the claim's refuses, and as of later answer as now. */
    @Test
    void aMalformedAsOfIs400NamingItAndALaterOneAnswersAsNowOnEveryRead() {
        UUID claim = Fixtures.claim(story, kremlin, "Talks will go on", "2025-11-28");
        String path = Fixtures.claimPath(story, claim);
        Fixtures.stance(story, claim, isw, "DISPUTES");
        String appearance = given().contentType(ContentType.JSON)
                .body(Map.of("url", "https://example.org/talks-" + Fixtures.token()))
                .when().post(path + "/appearances").then().statusCode(201).extract().path("id");
        UUID other = Fixtures.claim(story, isw, "Talks have stalled", "2025-11-28");
        String relation = relate(claim, other, "CONTRADICTS").getString("id");
        String word = Fixtures.token();
        Fixtures.actor("Dmitry Peskov " + word, "PERSON");
        List<String> reads = List.of(path + "/stances", path + "/stances/" + isw,
                path + "/appearances/" + appearance, path + "/relations", path + "/relations/" + relation,
                API + "/actors?name=" + word);
        for (String read : Stream.concat(Stream.of(path), reads.stream()).toList()) {
            // An instant without seconds, or of a year PostgreSQL cannot read as written, is as malformed as a word.
            for (String malformed : List.of("yesterday", "2025-11-27T10:00Z", "+10000-01-01T00:00:00Z")) {
                given().queryParam("asOf", malformed).when().get(read).then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("type", equalTo("urn:newsroom:problem:bad-request"))
                        .body("errors.field", contains("asOf"));
            }
        }
        for (String read : reads) {
            String now = given().when().get(read).then().statusCode(200).extract().asString();
            given().queryParam("asOf", "2999-01-01T00:00:00Z").when().get(read).then().statusCode(200)
                    .body(equalTo(now));
        }
    }

    private JsonPath relate(UUID from, UUID to, String type) {
        return given().contentType(ContentType.JSON).body(Map.of("toClaimId", to.toString(), "type", type))
                .when().post(Fixtures.claimPath(story, from) + "/relations").then().statusCode(201)
                .extract().jsonPath();
    }

    /** When the resource at the path was deleted: its newest revision. */
    private static String deletion(String path) {
        return given().when().get(path + "/revisions").then().statusCode(200)
                .body("items[0].action", equalTo("DELETED")).extract().path("items[0].recordedAt");
    }

    private static String verdict(String path, String rating, String explanation) {
        return given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("rating", rating, "explanation", explanation, "reviewer", "Fact desk",
                        "reviewedAt", "2025-11-28T10:00:00Z"))
                .when().put(path + "/verdict").then().statusCode(200).extract().path("recordedAt");
    }
}

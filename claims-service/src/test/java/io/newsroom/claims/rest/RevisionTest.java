package io.newsroom.claims.rest;

import static io.newsroom.claims.rest.Fixtures.API;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.newsroom.stylebook.TestCaller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every write leaves a revision naming its author; deletes are revisions and can be undone. */
@QuarkusTest
class RevisionTest {

    private static final String EDITOR_SUBJECT = "local:ada-editor";

    private String story;
    private UUID officials;
    private UUID isw;

    @BeforeEach
    void story() {
        story = Fixtures.story();
        officials = Fixtures.actor("Russian officials " + Fixtures.token(), "GROUP");
        isw = Fixtures.actor("Institute for the Study of War " + Fixtures.token(), "ORGANIZATION");
    }

    @Test
    void aClaimsRevisionsNameTheEditorAndEachChangedFieldNewestFirst() {
        var editor = TestCaller.as("editor", "Ada Editor");
        Map<String, Object> body = Fixtures.claimBody(officials, "Russian forces have the momentum", "2025-11-27");
        body.put("appearances", List.of(Map.of("url", "https://example.org/momentum-" + Fixtures.token())));
        String claim = given().header(editor).contentType(ContentType.JSON).body(body)
                .when().post(API + "/stories/" + story + "/claims").then().statusCode(201).extract().path("id");
        String path = API + "/stories/" + story + "/claims/" + claim;
        Map<String, Object> update = Fixtures.claimBody(officials, "Russian forces hold the initiative", "2025-11-27");
        update.put("tags", List.of("battlefield"));
        given().header(editor).header("If-Match", "*").contentType(ContentType.JSON).body(update)
                .when().put(path).then().statusCode(200);

        JsonPath revisions = given().when().get(path + "/revisions").then().statusCode(200).extract().jsonPath();
        assertThatRevision(revisions, 0, "claim", claim, 2, "UPDATED");
        assertThatRevision(revisions, 1, "claim", claim, 1, "CREATED");
        assertThat(revisions.getList("items.author.subject"),
                contains(EDITOR_SUBJECT, EDITOR_SUBJECT));
        assertThat(revisions.getList("items.author.name"), contains("Ada Editor", "Ada Editor"));
        assertThat(revisions.getList("items[0].changes.field"), contains("proposition", "tags"));
        assertThat(revisions.getString("items[0].changes[0].before"),
                equalTo("Russian forces have the momentum"));
        assertThat(revisions.getString("items[0].changes[0].after"),
                equalTo("Russian forces hold the initiative"));
        assertThat(revisions.getList("items[1].changes.field"), hasItem("proposition"));
        assertThat(revisions.getString("items[1].storyId"), equalTo(story));

        // Paged like every list: a cursor and a Link to the next page.
        var first = given().queryParam("limit", 1).when().get(path + "/revisions").then().statusCode(200)
                .header("Link", containsString("rel=\"next\"")).extract();
        given().queryParam("limit", 1).queryParam("after", first.path("nextCursor").toString())
                .when().get(path + "/revisions").then().statusCode(200)
                .body("items.number", contains(1)).body("nextCursor", nullValue());

        // An update that changes nothing leaves no revision.
        given().header("If-Match", "*").contentType(ContentType.JSON).body(update).when().put(path).then().statusCode(200);
        given().when().get(path + "/revisions").then().body("items", hasSize(2));

        String appearance = given().when().get(path).then().extract().path("appearances[0].id");
        given().when().get(path + "/appearances/" + appearance + "/revisions").then().statusCode(200)
                .body("items.action", contains("CREATED")).body("items[0].resourceType", equalTo("appearance"));
        given().when().get(API + "/stories/" + Fixtures.story() + "/claims/" + claim + "/revisions").then().statusCode(404);
        given().when().get(API + "/stories/" + story + "/claims/" + UUID.randomUUID() + "/revisions").then().statusCode(404);
    }

    @Test
    void aStanceWriteRevisesTheStanceAndTheClaimWhoseStatusItChanged() {
        UUID claim = Fixtures.claim(story, officials, "Kupiansk has fallen", "2025-11-20");
        String path = Fixtures.claimPath(story, claim);
        Fixtures.stance(story, claim, isw, "SUPPORTS");
        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("position", "DISPUTES", "summary", "Geolocated footage shows Ukrainian units in the town",
                        "takenAt", "2025-11-21T09:00:00Z"))
                .when().put(path + "/stances/" + isw).then().statusCode(200);

        given().when().get(path + "/revisions").then().statusCode(200)
                .body("items.action", contains("UPDATED", "UPDATED", "CREATED"))
                .body("items[0].changes.field", contains("status"))
                .body("items[0].changes[0].before", equalTo("SUPPORTED"))
                .body("items[0].changes[0].after", equalTo("DISPUTED"))
                .body("items[1].changes[0].before", equalTo("UNCHALLENGED"));
        // The earlier stance is kept with its supersededAt set; the new one is a stance of its own.
        JsonPath stances = given().when().get(path + "/stances/" + isw + "/revisions").then().statusCode(200)
                .body("items", hasSize(3)).body("items.resourceType", everyItem(equalTo("stance"))).extract().jsonPath();
        // Both at the instant of the change: the superseded one (its second revision) first.
        assertThat(stances.getList("items.action"), contains("UPDATED", "CREATED", "CREATED"));
        assertThat(stances.getList("items[0].changes.field"), contains("supersededAt", "current"));
        assertThat(stances.getString("items[0].resourceId"),
                not(equalTo(stances.getString("items[1].resourceId"))));
    }

    @Test
    void aReplacedVerdictStaysInTheHistory() {
        UUID claim = Fixtures.claim(story, officials, "The front is collapsing", "2025-11-27");
        String path = Fixtures.claimPath(story, claim);
        var checker = TestCaller.as("fact-checker", "Fay Checker");
        given().header(checker).header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("rating", "MOSTLY_FALSE", "explanation", "Advance rates show no collapse",
                        "reviewer", "Fact desk", "reviewedAt", "2025-11-28T10:00:00Z"))
                .when().put(path + "/verdict").then().statusCode(200);
        given().header(checker).header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("rating", "FALSE", "explanation", "Re-reviewed with new maps",
                        "reviewer", "Fact desk", "reviewedAt", "2025-11-29T10:00:00Z"))
                .when().put(path + "/verdict").then().statusCode(200);
        given().header(checker).header("If-Match", "*").when().delete(path + "/verdict").then().statusCode(204);

        given().when().get(path + "/verdict/revisions").then().statusCode(200)
                .body("items.action", contains("DELETED", "UPDATED", "CREATED"))
                .body("items.author.name", contains("Fay Checker", "Fay Checker", "Fay Checker"))
                .body("items[1].changes.find { it.field == 'rating' }.before", equalTo("MOSTLY_FALSE"))
                .body("items[1].changes.find { it.field == 'rating' }.after", equalTo("FALSE"))
                .body("items[2].changes.find { it.field == 'rating' }.after", equalTo("MOSTLY_FALSE"));
        given().when().get(path + "/revisions").then()
                .body("items.action", contains("UPDATED", "UPDATED", "UPDATED", "CREATED"))
                .body("items[0].changes.field", contains("verdict"))
                .body("items[0].changes[0].after", nullValue())
                .body("items[1].changes[0].before.rating", equalTo("MOSTLY_FALSE"))
                .body("items[1].changes[0].after.rating", equalTo("FALSE"));
    }

    @Test
    void aDeletedClaimComesBackWholeWithAnEtagAboveTheOldOne() {
        Map<String, Object> body = Fixtures.claimBody(officials, "Talks in Geneva were productive", "2025-11-23");
        body.put("appearances", List.of(Map.of("url", "https://example.org/geneva-" + Fixtures.token(),
                "outlet", "Example", "quote", "Officials called the talks productive")));
        UUID claim = UUID.fromString(Fixtures.claim(story, body).getString("id"));
        UUID other = Fixtures.claim(story, officials, "Talks in Geneva went nowhere", "2025-11-23");
        String path = Fixtures.claimPath(story, claim);
        Fixtures.stance(story, claim, isw, "SUPPORTS");
        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("position", "DISPUTES", "summary", "No text was agreed", "takenAt", "2025-11-24T09:00:00Z"))
                .when().put(path + "/stances/" + isw).then().statusCode(200);
        given().header("If-Match", "*").contentType(ContentType.JSON)
                .body(Map.of("rating", "MIXED", "explanation", "Some progress", "reviewer", "Desk",
                        "reviewedAt", "2025-11-25T10:00:00Z"))
                .when().put(path + "/verdict").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("toClaimId", other.toString(), "type", "CONTRADICTS"))
                .when().post(path + "/relations").then().statusCode(201);
        var before = given().when().get(path).then().statusCode(200).extract();
        String etag = before.header("ETag");

        given().header(TestCaller.as("editor")).header("If-Match", "*").when().post(path + "/restore")
                .then().statusCode(403);
        given().when().post(path + "/restore").then().statusCode(409).contentType("application/problem+json");
        given().header("If-Match", etag).when().delete(path).then().statusCode(204);
        given().when().get(path).then().statusCode(404);
        given().when().get(path + "/revisions").then().statusCode(200)
                .body("items[0].action", equalTo("DELETED"))
                .body("items[0].changes.find { it.field == 'proposition' }.before", equalTo("Talks in Geneva were productive"))
                .body("items[0].changes.find { it.field == 'proposition' }.after", nullValue());

        var restored = given().when().post(path + "/restore").then().statusCode(200)
                .body("proposition", equalTo("Talks in Geneva were productive"))
                .body("appearances", hasSize(1))
                .body("stances.position", contains("DISPUTES"))
                .body("status", equalTo("DISPUTED"))
                .body("verdict.rating", equalTo("MIXED"))
                .extract();
        String restoredTag = restored.header("ETag");
        assertThat(restoredTag, not(equalTo(etag)));
        assertThat(Integer.parseInt(restoredTag.replace("\"", "")),
                greaterThan(Integer.parseInt(etag.replace("\"", ""))));
        given().when().get(path).then().statusCode(200).header("ETag", equalTo(restoredTag))
                .body("recordedAt", equalTo(before.path("recordedAt")));
        given().queryParam("history", true).when().get(path + "/stances").then()
                .body("items.position", contains("SUPPORTS", "DISPUTES"));
        given().when().get(path + "/relations").then().body("items.toClaimId", contains(other.toString()));
        // An ETag read before the deletion no longer matches.
        given().header("If-Match", etag).contentType(ContentType.JSON)
                .body(Fixtures.claimBody(officials, "Stale write", "2025")).when().put(path).then().statusCode(412);
        given().when().get(path + "/revisions").then().body("items[0].action", equalTo("RESTORED"));
        given().when().get(path + "/stances/" + isw + "/revisions").then()
                .body("items.action", contains("RESTORED", "RESTORED", "DELETED", "DELETED", "UPDATED", "CREATED", "CREATED"));
        given().when().post(path + "/restore").then().statusCode(409);
        given().when().post(API + "/stories/" + story + "/claims/" + UUID.randomUUID() + "/restore").then().statusCode(404);
    }

    @Test
    void onlyAnUnusedActorCanBeDeletedAndAnAdminCanRestoreIt() {
        UUID claim = Fixtures.claim(story, officials, "The plan is a basis", "2025-11-27");
        given().header("If-Match", "*").when().delete(API + "/actors/" + officials)
                .then().statusCode(409).body("type", equalTo("urn:newsroom:problem:conflict"))
                .body("detail", containsString("1 claim(s)"));
        Fixtures.stance(story, claim, isw, "DISPUTES");
        given().header("If-Match", "*").when().delete(API + "/actors/" + isw).then().statusCode(409);

        UUID unused = Fixtures.actor("Unused desk " + Fixtures.token(), "ORGANIZATION");
        String etag = given().when().get(API + "/actors/" + unused).then().extract().header("ETag");
        given().header(TestCaller.as("editor")).header("If-Match", "*").when().delete(API + "/actors/" + unused)
                .then().statusCode(403);
        given().header("If-Match", etag).when().delete(API + "/actors/" + unused).then().statusCode(204);
        given().when().get(API + "/actors/" + unused).then().statusCode(404);
        given().when().post(API + "/actors/" + unused + "/restore").then().statusCode(200)
                .header("ETag", not(equalTo(etag))).body("id", equalTo(unused.toString()));
        given().when().get(API + "/actors/" + unused + "/revisions").then().statusCode(200)
                .body("items.action", contains("RESTORED", "DELETED", "CREATED"))
                .body("items.author.subject", everyItem(equalTo(TestCaller.SUBJECT)))
                .body("items[1].changes", not(empty()));
        given().when().post(API + "/actors/" + unused + "/restore").then().statusCode(409);
        given().when().post(API + "/actors/" + UUID.randomUUID() + "/restore").then().statusCode(404);
        given().when().get(API + "/actors/" + UUID.randomUUID() + "/revisions").then().statusCode(404);
    }

    private static void assertThatRevision(JsonPath page, int index, String type, String id, int number, String action) {
        String item = "items[" + index + "].";
        assertThat(page.getString(item + "resourceType"), equalTo(type));
        assertThat(page.getString(item + "resourceId"), equalTo(id));
        assertThat(page.getInt(item + "number"), equalTo(number));
        assertThat(page.getString(item + "action"), equalTo(action));
        assertThat(page.getString(item + "id"), notNullValue());
        assertThat(page.getString(item + "recordedAt"), notNullValue());
    }
}

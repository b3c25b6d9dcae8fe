package io.newsroom.claims.rest;

import static io.newsroom.claims.rest.Fixtures.API;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.newsroom.stylebook.LocalTokens;
import io.newsroom.stylebook.TestCaller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may do what: real tokens signed by the local key, verified by quarkus-oidc. */
@QuarkusTest
class AccessTest {

    private static final Map<String, Object> VERDICT = Map.of("rating", "MOSTLY_FALSE",
            "explanation", "Advance rates do not show a collapse", "reviewer", "Fact desk",
            "reviewedAt", "2025-11-28T10:00:00Z");

    @Test
    void withoutATokenEveryWriteIs401AndReadsArePublic() {
        String story = Fixtures.story();
        UUID claimant = Fixtures.actor("Kremlin " + Fixtures.token(), "GOVERNMENT");
        UUID claim = Fixtures.claim(story, claimant, "Russian forces hold the initiative", "2025-11-27");
        given().header(TestCaller.ANONYMOUS).contentType(ContentType.JSON)
                .body(Map.of("name", "Nobody " + Fixtures.token(), "kind", "PERSON"))
                .when().post(API + "/actors")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:newsroom:problem:unauthenticated"));
        given().header(TestCaller.ANONYMOUS).contentType(ContentType.JSON)
                .body(Fixtures.claimBody(claimant, "Unsigned claim", "2025"))
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(401).body("type", equalTo("urn:newsroom:problem:unauthenticated"));
        given().header(TestCaller.ANONYMOUS).header("If-Match", "*").when().delete(Fixtures.claimPath(story, claim))
                .then().statusCode(401).body("type", equalTo("urn:newsroom:problem:unauthenticated"));
        given().header(TestCaller.ANONYMOUS).when().get(Fixtures.claimPath(story, claim)).then().statusCode(200);
        given().header(TestCaller.ANONYMOUS).when().get(API + "/actors/" + claimant).then().statusCode(200);
    }

    @Test
    void aReaderMayNotWriteAnEditorMayButGivesNoVerdictAndDeletesNothing() {
        String story = Fixtures.story();
        UUID claimant = Fixtures.actor("Kremlin " + Fixtures.token(), "GOVERNMENT");
        given().header(TestCaller.as("reader")).contentType(ContentType.JSON)
                .body(Fixtures.claimBody(claimant, "A reader's claim", "2025"))
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:forbidden"));

        String claim = given().header(TestCaller.as("editor", "Ada Editor")).contentType(ContentType.JSON)
                .body(Fixtures.claimBody(claimant, "Russian forces hold the initiative", "2025-11-27"))
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(201).extract().path("id");
        String path = API + "/stories/" + story + "/claims/" + claim;
        given().header(TestCaller.as("editor")).header("If-Match", "*").contentType(ContentType.JSON).body(VERDICT)
                .when().put(path + "/verdict")
                .then().statusCode(403).body("type", equalTo("urn:newsroom:problem:forbidden"));
        given().header(TestCaller.as("fact-checker")).header("If-Match", "*").contentType(ContentType.JSON).body(VERDICT)
                .when().put(path + "/verdict")
                .then().statusCode(200).body("rating", equalTo("MOSTLY_FALSE"));
        // A fact-checker rates claims; recording them is an editor's work.
        given().header(TestCaller.as("fact-checker")).contentType(ContentType.JSON)
                .body(Fixtures.claimBody(claimant, "A fact-checker's claim", "2025"))
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(403);

        given().header(TestCaller.as("editor")).header("If-Match", "*").when().delete(path)
                .then().statusCode(403).body("type", equalTo("urn:newsroom:problem:forbidden"));
        given().header(TestCaller.as("admin")).header("If-Match", "*").when().delete(path).then().statusCode(204);
    }

    @Test
    void aTokenSignedByAnotherKeyOrGarbageIs401(@TempDir Path elsewhere) {
        String foreign = LocalTokens.in(elsewhere.resolve(".keys")).token("admin", "Intruder");
        for (String token : new String[] {foreign, "not-a-token"}) {
            given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                    .body(Map.of("name", "Forged " + Fixtures.token(), "kind", "PERSON"))
                    .when().post(API + "/actors")
                    .then().statusCode(401).contentType("application/problem+json")
                    .body("type", equalTo("urn:newsroom:problem:unauthenticated"));
        }
    }
}

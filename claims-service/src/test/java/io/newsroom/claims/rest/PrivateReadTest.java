package io.newsroom.claims.rest;

import static io.newsroom.claims.rest.Fixtures.API;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.newsroom.stylebook.TestCaller;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * NEWSROOM_PUBLIC_READ=false: reads need the reader role, which every other role includes. The one test of this
 * module with a profile of its own, since each profile starts the application again.
 */
@QuarkusTest
@TestProfile(PrivateReadTest.PrivateReads.class)
class PrivateReadTest {

    public static class PrivateReads implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("newsroom.public-read", "false");
        }
    }

    @Test
    void readsNeedAReaderWhenTheNewsroomSaysSo() {
        String story = Fixtures.story();
        UUID claimant = Fixtures.actor("Kremlin " + Fixtures.token(), "GOVERNMENT");
        UUID claim = Fixtures.claim(story, claimant, "Russian forces hold the initiative", "2025-11-27");
        String recorded = given().when().get(Fixtures.claimPath(story, claim)).then().extract().path("recordedAt");
        for (String read : new String[] {Fixtures.claimPath(story, claim), API + "/stories/" + story + "/claims",
                API + "/actors/" + claimant, API + "/actors"}) {
            given().header(TestCaller.ANONYMOUS).when().get(read)
                    .then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", "Bearer")
                    .body("type", equalTo("urn:newsroom:problem:unauthenticated"));
            given().header(TestCaller.ANONYMOUS).queryParam("asOf", recorded).when().get(read)
                    .then().statusCode(401).body("type", equalTo("urn:newsroom:problem:unauthenticated"));
            given().header(TestCaller.as("offline_access")).when().get(read)
                    .then().statusCode(403).body("type", equalTo("urn:newsroom:problem:forbidden"));
            given().header(TestCaller.as("reader")).when().get(read).then().statusCode(200);
            given().header(TestCaller.as("reader")).queryParam("asOf", recorded).when().get(read).then().statusCode(200);
        }
        given().header(TestCaller.as("fact-checker")).when().get(Fixtures.claimPath(story, claim))
                .then().statusCode(200).body("proposition", equalTo("Russian forces hold the initiative"));
        // Writes stay what they are: a reader still may not record a claim.
        given().header(TestCaller.as("reader")).contentType("application/json")
                .body(Fixtures.claimBody(claimant, "A reader's claim", "2025"))
                .when().post(API + "/stories/" + story + "/claims")
                .then().statusCode(403).body("type", equalTo("urn:newsroom:problem:forbidden"));
    }

    @Test
    void theChangeFeedNeedsAReaderToo() {
        given().header(TestCaller.ANONYMOUS).when().get("/api/claims/changes").then().statusCode(401)
                .body("type", equalTo("urn:newsroom:problem:unauthenticated"));
        given().header(TestCaller.ANONYMOUS).when().get("/api/claims/changes/stream").then().statusCode(401)
                .body("type", equalTo("urn:newsroom:problem:unauthenticated"));
        given().header(TestCaller.as("offline_access")).when().get("/api/claims/changes/stream").then().statusCode(403);
        given().header(TestCaller.as("reader")).when().get("/api/claims/changes").then().statusCode(200);
    }
}

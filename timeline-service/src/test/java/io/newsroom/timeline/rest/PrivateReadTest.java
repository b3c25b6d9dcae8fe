package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.newsroom.stylebook.TestCaller;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** NEWSROOM_PUBLIC_READ=false: reads need the reader role, which every other role includes. */
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
        String id = newStory();
        given().header(TestCaller.ANONYMOUS).when().get("/api/timeline/stories/" + id)
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:unauthenticated"));
        given().header(TestCaller.as("reader")).when().get("/api/timeline/stories/" + id).then().statusCode(200);
        given().header(TestCaller.as("editor")).when().get("/api/timeline/stories/" + id).then().statusCode(200);
        given().header(TestCaller.as("offline_access")).when().get("/api/timeline/stories/" + id)
                .then().statusCode(403).body("type", equalTo("urn:newsroom:problem:forbidden"));
    }

    @Test
    void theChangeFeedNeedsAReaderToo() {
        given().header(TestCaller.ANONYMOUS).when().get("/api/timeline/changes").then().statusCode(401)
                .body("type", equalTo("urn:newsroom:problem:unauthenticated"));
        given().header(TestCaller.ANONYMOUS).when().get("/api/timeline/changes/stream").then().statusCode(401)
                .body("type", equalTo("urn:newsroom:problem:unauthenticated"));
        given().header(TestCaller.as("offline_access")).when().get("/api/timeline/changes/stream").then().statusCode(403);
        given().header(TestCaller.as("reader")).when().get("/api/timeline/changes").then().statusCode(200);
    }
}

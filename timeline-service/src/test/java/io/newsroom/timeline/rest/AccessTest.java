package io.newsroom.timeline.rest;

import static io.newsroom.timeline.rest.TestStories.newStory;
import static io.newsroom.timeline.rest.TestStories.slug;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.newsroom.stylebook.LocalTokens;
import io.newsroom.stylebook.TestCaller;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may do what: real tokens signed by the local key, verified by quarkus-oidc. */
@QuarkusTest
class AccessTest {

    @Test
    void withoutATokenEveryWriteIs401AndReadsArePublic() {
        String id = newStory();
        given().header(TestCaller.ANONYMOUS).contentType(ContentType.JSON).body(Map.of("id", slug("anon"), "title", "x"))
                .when().post("/api/timeline/stories")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("urn:newsroom:problem:unauthenticated"));
        given().header(TestCaller.ANONYMOUS).header("If-Match", "*").when().delete("/api/timeline/stories/" + id)
                .then().statusCode(401).body("type", equalTo("urn:newsroom:problem:unauthenticated"));
        given().header(TestCaller.ANONYMOUS).when().get("/api/timeline/stories/" + id).then().statusCode(200);
    }

    @Test
    void aReaderMayNotWriteAnEditorMayButNotDelete() {
        given().header(TestCaller.as("reader")).contentType(ContentType.JSON).body(Map.of("id", slug("reader"), "title", "x"))
                .when().post("/api/timeline/stories")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("urn:newsroom:problem:forbidden"));
        String id = slug("editor");
        given().header(TestCaller.as("editor")).contentType(ContentType.JSON).body(Map.of("id", id, "title", "x"))
                .when().post("/api/timeline/stories").then().statusCode(201);
        given().header(TestCaller.as("editor")).header("If-Match", "*").when().delete("/api/timeline/stories/" + id)
                .then().statusCode(403).body("type", equalTo("urn:newsroom:problem:forbidden"));
        given().header(TestCaller.as("admin")).header("If-Match", "*").when().delete("/api/timeline/stories/" + id)
                .then().statusCode(204);
    }

    @Test
    void aTokenSignedByAnotherKeyOrGarbageIs401(@TempDir Path elsewhere) {
        String foreign = LocalTokens.in(elsewhere.resolve(".keys")).token("admin", "Intruder");
        for (String token : new String[] {foreign, "not-a-token"}) {
            given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                    .body(Map.of("id", slug("forged"), "title", "x"))
                    .when().post("/api/timeline/stories")
                    .then().statusCode(401).contentType("application/problem+json")
                    .body("type", equalTo("urn:newsroom:problem:unauthenticated"));
        }
    }
}

package io.newsroom.claims.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a browser on a newsroom's own site may read here, and the headers that keep its answers from being misread. */
@QuarkusTest
class BrowserAccessTest {

    private static final String ELSEWHERE = "https://desk.example.org";

    // Any site is allowed by default: the origin is named back, and never with credentials.
    @Test
    void aPageOnAnotherSiteMayReadAnActor() {
        String actorId = Fixtures.actor("Institute " + Fixtures.token(), "ORGANIZATION").toString();
        given().header("Origin", ELSEWHERE)
                .when().get("/api/claims/actors/{id}", actorId)
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ELSEWHERE))
                .header("Access-Control-Allow-Credentials", equalTo("false"))
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Vary", containsString("Origin"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void aPreflightForAReadIsAllowedAndOneForAWriteIsNot() {
        given().header("Origin", ELSEWHERE).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .when().options("/api/claims/actors")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(ELSEWHERE))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Methods", not(containsString("POST")))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"));
    }

    @Test
    void aWriteFromAnotherSiteIsRefusedBeforeItIsMade() {
        String name = "Written from another site " + Fixtures.token();
        given().header("Origin", ELSEWHERE).contentType(ContentType.JSON)
                .body(Map.of("name", name, "kind", "ORGANIZATION"))
                .when().post("/api/claims/actors")
                .then().statusCode(403);
        given().queryParam("name", name).when().get("/api/claims/actors").then().statusCode(200).body("items", hasSize(0));
    }

    @Test
    void aProblemIsNeverSniffedIntoSomethingElse() {
        given().when().get("/api/claims/actors/{id}", java.util.UUID.randomUUID())
                .then().statusCode(404)
                .contentType(containsString("application/problem+json"))
                .header("X-Content-Type-Options", equalTo("nosniff"));
    }
}

package io.newsroom.timeline.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthAndDocsTest {

    @Test
    void readinessIsUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void servesOpenApiAndSwaggerUi() {
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("openapi: 3"));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}

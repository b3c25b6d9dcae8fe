package io.newsroom.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The gateway's committed OpenAPI document is what newsroom tools generate their clients from; it must be exactly
 * what the gateway serves, so an API change is always a reviewed change of that file.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path COMMITTED = Path.of("src/main/openapi/openapi.yaml");
    private static final Path SERVED = Path.of("target/openapi-served.yaml");

    @Test
    void servedDocumentEqualsTheCommittedOne() throws IOException {
        String served = given().accept("application/yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        String committed = Files.exists(COMMITTED) ? Files.readString(COMMITTED, StandardCharsets.UTF_8) : "";
        if (!normalise(served).equals(normalise(committed))) {
            Files.createDirectories(SERVED.getParent());
            Files.writeString(SERVED, served, StandardCharsets.UTF_8);
            fail("The served OpenAPI document differs from gateway/" + COMMITTED + ". If the change is intended, "
                    + "accept it with:\n  cp gateway/" + SERVED + " gateway/" + COMMITTED);
        }
    }

    private static String normalise(String yaml) {
        return yaml.replace("\r\n", "\n").strip();
    }
}

package io.newsroom.claims.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed OpenAPI document is the contract the gateway generates its client from, so the
 * served one must not drift from it unnoticed.
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
            fail("The served OpenAPI document differs from claims-service/src/main/openapi/openapi.yaml. "
                    + "If the change is intended (and only adds to the API), accept it with: "
                    + "cp claims-service/target/openapi-served.yaml claims-service/src/main/openapi/openapi.yaml");
        }
    }

    private static String normalise(String document) {
        return document.replace("\r\n", "\n").strip();
    }
}

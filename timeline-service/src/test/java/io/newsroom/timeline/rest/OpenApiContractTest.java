package io.newsroom.timeline.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed OpenAPI document is the contract the gateway generates its client from; it must
 * be exactly what the service serves.
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
            fail("The served OpenAPI document differs from timeline-service/" + COMMITTED + ". If the change is"
                    + " intended (and only additive for existing clients), accept it with:\n"
                    + "  cp timeline-service/" + SERVED + " timeline-service/" + COMMITTED);
        }
    }

    private static String normalise(String yaml) {
        return yaml.replace("\r\n", "\n").strip();
    }
}

package io.newsroom.gateway.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * What issue 11 asks of the record, through the gateway and the real services: a story deleted and imported again
 * comes back whole, every time, and nothing is ever created twice.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = true)
class TrustworthyRecordTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The demo story under a slug of this test's own, so the tests of this class share one system without meeting. */
    private static String demoBundleAs(String storyId) throws IOException {
        try (InputStream in = TrustworthyRecordTest.class.getResourceAsStream("/demo/ukraine-peace-plan.json")) {
            ObjectNode bundle = (ObjectNode) JSON.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            ((ObjectNode) bundle.get("story")).put("id", storyId);
            return JSON.writeValueAsString(bundle);
        }
    }

    private static String timeline() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.timeline.url", String.class) + "/api/timeline";
    }

    private static JsonPath importBundle(String bundle, int status) {
        return given().contentType(ContentType.JSON).body(bundle).when().post("/api/bundles")
                .then().log().ifValidationFails().statusCode(status).body("rejected", empty())
                .extract().jsonPath();
    }

    private static void assertWhole(String storyId) {
        given().when().get("/api/stories/{id}", storyId).then().log().ifValidationFails()
                .statusCode(200)
                .body("degraded", empty())
                .body("story.title", equalTo("The US peace plan for Ukraine"))
                .body("timeline", hasSize(14))
                .body("counts.events", equalTo(14))
                .body("counts.claims", equalTo(10))
                .body("counts.stances", equalTo(8))
                .body("relations.find { it.type == 'REVISES' }.fromTitle", equalTo("Plan cut down to 19 points"))
                .body("timeline.find { it.event.title == 'Putin speaks to reporters in Bishkek' }.claims", hasSize(4))
                .body("coverage.articleCount", equalTo(3));
    }

    @Test
    void aDeletedStoryComesBackWholeFromItsBundleEveryTimeAndNothingIsCreatedTwice() throws IOException {
        String storyId = "deleted-and-back-" + UUID.randomUUID().toString().substring(0, 8);
        String bundle = demoBundleAs(storyId);
        importBundle(bundle, 201);
        assertWhole(storyId);

        for (int round = 1; round <= 2; round++) {
            given().header("If-Match", "*").when().delete(timeline() + "/stories/{id}", storyId).then().statusCode(204);
            given().when().get("/api/stories/{id}", storyId).then().statusCode(404);

            JsonPath back = importBundle(bundle, 201);
            assertEquals(List.of("story"), back.getList("created.findAll { it.kind == 'story' }.kind"), "round " + round);
            assertEquals(14, back.getList("created.findAll { it.kind == 'event' }").size()
                    + back.getList("existing.findAll { it.kind == 'event' }").size(), "round " + round);
            assertWhole(storyId);

            JsonPath again = importBundle(bundle, 200);
            assertEquals(List.of(), again.getList("created"), "round " + round + ": a repeated import creates nothing");
            assertWhole(storyId);
        }
    }
}

package io.newsroom.timeline.rest;

import static io.restassured.RestAssured.given;

import io.newsroom.stylebook.DocumentedExamplesContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;

/** Every request example in timeline-service's OpenAPI document is accepted as it is. */
@QuarkusTest
class DocumentedExamplesTest extends DocumentedExamplesContract {

    @Override
    protected Response send(Documented documented) {
        Map<String, Object> body = example(documented.operationId());
        String path = documented.path();
        String story = path.contains("{storyId}") ? story() : null;
        path = path.replace("{storyId}", String.valueOf(story));
        if (path.contains("{eventId}")) {
            path = path.replace("{eventId}", event(story));
        }
        if (path.contains("{articleId}")) {
            path = path.replace("{articleId}", created("/api/timeline/stories/" + story + "/articles", example("createArticle")));
        }
        if (path.contains("{outletId}")) {
            path = path.replace("{outletId}", outlet());
        }
        switch (documented.operationId()) {
            case "createStory" -> body.put("id", slug());
            case "createOutlet", "replaceOutlet" -> body.put("domain", slug() + ".example.org");
            case "createRelation" -> {
                body.put("fromEventId", event(story));
                body.put("toEventId", event(story));
            }
            default -> { }
        }
        return given().contentType(ContentType.JSON).header("If-Match", "*").body(body)
                .when().request(documented.method().toUpperCase(), path).andReturn();
    }

    private String story() {
        Map<String, Object> story = example("createStory");
        story.put("id", slug());
        return created("/api/timeline/stories", story);
    }

    private String event(String story) {
        return created("/api/timeline/stories/" + story + "/events", example("createEvent"));
    }

    private String outlet() {
        Map<String, Object> outlet = example("createOutlet");
        outlet.put("domain", slug() + ".example.org");
        return created("/api/timeline/outlets", outlet);
    }

    private static String created(String path, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(201).extract().path("id").toString();
    }

    private static String slug() {
        return "example-" + UUID.randomUUID().toString().substring(0, 8);
    }
}

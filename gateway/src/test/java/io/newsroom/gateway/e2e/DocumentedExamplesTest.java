package io.newsroom.gateway.e2e;

import static io.restassured.RestAssured.given;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.newsroom.stylebook.DocumentedExamplesContract;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Every request example in the gateway's OpenAPI document is accepted as it is, by the gateway and the real services
 * behind it: what an import, an ingestion or an accepted candidate asks of the services is what decides whether the
 * example works, so stubs would prove nothing. Each example gets a story of its own, imported from the document's own
 * bundle example under a fresh slug (the one thing that must be unique); an ingestion reads the document's article
 * example into it, and its candidates are what the accept and reject examples decide.
 * <p>
 * One change beyond the rule: a webhook's receiver must resolve when it is subscribed, and this machine may have no
 * DNS, so the example's receiver is moved to 127.0.0.1, which the test system's allow-list names; the path, the story
 * and the types are sent as documented.
 */
@QuarkusTest
@QuarkusTestResource(value = RealServices.class, restrictToAnnotatedClass = true)
class DocumentedExamplesTest extends DocumentedExamplesContract {

    @Override
    protected Response send(Documented documented) {
        Map<String, Object> body = example(documented.operationId());
        String path = documented.path();
        String story = path.contains("{storyId}") ? story() : null;
        path = path.replace("{storyId}", String.valueOf(story));
        JsonPath ingestion = path.contains("{ingestionId}") ? ingestion(story) : null;
        if (ingestion != null) {
            path = path.replace("{ingestionId}", ingestion.getString("id"));
        }
        if (path.contains("{candidateId}")) {
            // The accept example corrects an event, so it is sent for an event the article proposes anew.
            path = path.replace("{candidateId}", candidate(ingestion, documented.operationId().equals("acceptCandidate") ? "EVENT" : null));
        }
        switch (documented.operationId()) {
            case "importBundle" -> storyOf(body, slug());
            case "createWebhook" -> {
                URI documentedUrl = URI.create((String) body.get("url"));
                body.put("url", "http://127.0.0.1" + documentedUrl.getRawPath());
            }
            default -> { }
        }
        return given().contentType(ContentType.JSON).body(body)
                .when().request(documented.method().toUpperCase(), path).andReturn();
    }

    /** A story imported from the bundle example under a slug of its own. */
    private String story() {
        Map<String, Object> bundle = example("importBundle");
        String slug = slug();
        storyOf(bundle, slug);
        given().contentType(ContentType.JSON).body(bundle).when().post("/api/bundles").then().statusCode(201);
        return slug;
    }

    private JsonPath ingestion(String story) {
        return given().contentType(ContentType.JSON).body(example("ingestArticle"))
                .when().post("/api/stories/{storyId}/ingestions", story).then().statusCode(201).extract().jsonPath();
    }

    /** @param kind the kind of candidate wanted, or null for the first one proposed */
    private static String candidate(JsonPath ingestion, String kind) {
        List<Map<String, Object>> candidates = ingestion.getList("candidates");
        return candidates.stream()
                .filter(c -> "PROPOSED".equals(c.get("state")) && (kind == null || kind.equals(c.get("kind"))
                        && "NEW".equals(c.get("proposal"))))
                .map(c -> (String) c.get("id"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("the article example proposes no " + (kind == null ? "" : "new " + kind + " ")
                        + "candidate for the examples to decide: " + candidates));
    }

    @SuppressWarnings("unchecked")
    private static void storyOf(Map<String, Object> bundle, String slug) {
        Map<String, Object> story = new java.util.LinkedHashMap<>((Map<String, Object>) bundle.get("story"));
        story.put("id", slug);
        bundle.put("story", story);
    }

    private static String slug() {
        return "example-" + UUID.randomUUID().toString().substring(0, 8);
    }
}

package io.newsroom.claims.rest;

import static io.restassured.RestAssured.given;

import io.newsroom.stylebook.DocumentedExamplesContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Every request example in claims-service's OpenAPI document is accepted as it is: on a story timeline-service
 * knows (its stand-in, {@link TimelineStub}, knows every {@link Fixtures#story()}), with actors and claims made
 * from the document's own examples.
 */
@QuarkusTest
class DocumentedExamplesTest extends DocumentedExamplesContract {

    @Override
    protected Response send(Documented documented) {
        Map<String, Object> body = example(documented.operationId());
        String story = Fixtures.story();
        String path = documented.path().replace("{storyId}", story);
        String claim = path.contains("{claimId}") ? claim(story) : null;
        path = path.replace("{claimId}", String.valueOf(claim));
        if (path.contains("{actorId}")) {
            // A stance is replaced by the actor that took it; an actor is read, replaced or merged by its own id.
            path = path.replace("{actorId}", documented.path().contains("/stances/") ? stanceTaker(story, claim) : actor());
        }
        switch (documented.operationId()) {
            case "createActor", "replaceActor" -> body.put("wikidataId", wikidataId());
            case "mergeActor" -> body.put("into", actor());
            case "createClaim", "replaceClaim" -> body.put("claimantId", actor());
            case "takeStance" -> body.put("actorId", actor());
            case "relateClaim" -> body.put("toClaimId", claim(story));
            default -> { }
        }
        return given().contentType(ContentType.JSON).header("If-Match", "*").body(body)
                .when().request(documented.method().toUpperCase(), path).andReturn();
    }

    private String actor() {
        Map<String, Object> actor = example("createActor");
        actor.put("wikidataId", wikidataId());
        return created("/api/claims/actors", actor);
    }

    private String claim(String story) {
        Map<String, Object> claim = example("createClaim");
        claim.put("claimantId", actor());
        return created("/api/claims/stories/" + story + "/claims", claim);
    }

    private String stanceTaker(String story, String claim) {
        Map<String, Object> stance = example("takeStance");
        String actor = actor();
        stance.put("actorId", actor);
        created("/api/claims/stories/" + story + "/claims/" + claim + "/stances", stance);
        return actor;
    }

    private static String created(String path, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path)
                .then().statusCode(201).extract().path("id").toString();
    }

    /** A Wikidata id no other actor of the database has: one actor per item is a rule. */
    private static String wikidataId() {
        return "Q9" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }
}

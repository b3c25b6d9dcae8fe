package io.newsroom.stylebook;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every request example a module's OpenAPI document shows (Swagger UI's "Try it out" body, the first thing a
 * developer sends) is accepted as it is; each module's {@code @QuarkusTest} subclass knows how to send one: it makes
 * fresh only what must be unique (a slug, a domain, a Wikidata id), and gives the ids in a path or a body to
 * resources it creates first, from the document's own examples.
 */
public abstract class DocumentedExamplesContract {

    /** One operation's documented request example. */
    protected record Documented(String operationId, String method, String path, Map<String, Object> example) {
    }

    private Map<String, Documented> byOperation;
    private List<String> withoutExample;

    /** Sends the example (changed only as the class comment allows) and answers the service's response. */
    protected abstract Response send(Documented documented);

    /** @return the documented example of the operation, a copy to change */
    protected Map<String, Object> example(String operationId) {
        return new LinkedHashMap<>(documented().get(operationId).example());
    }

    @Test
    void everyJsonRequestBodyHasAWholeExample() {
        assertEquals(List.of(), withoutExample(), "operations whose body has no example in src/main/resources/"
                + ClientReadyDocument.EXAMPLES);
        assertTrue(!documented().isEmpty(), "the document shows the examples");
    }

    @TestFactory
    Stream<DynamicTest> everyRequestExampleIsAccepted() {
        return documented().values().stream().map(documented -> DynamicTest.dynamicTest(documented.operationId(), () -> {
            Response answer = send(documented);
            assertTrue(answer.statusCode() / 100 == 2, documented.operationId() + " refused its own example: "
                    + answer.statusCode() + " " + answer.asString());
        }));
    }

    private Map<String, Documented> documented() {
        if (byOperation == null) {
            read();
        }
        return byOperation;
    }

    private List<String> withoutExample() {
        if (withoutExample == null) {
            read();
        }
        return withoutExample;
    }

    @SuppressWarnings("unchecked")
    private void read() {
        byOperation = new LinkedHashMap<>();
        withoutExample = new ArrayList<>();
        Map<String, Map<String, Map<String, Object>>> paths = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath().getMap("paths");
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
            Map<String, Object> json = body == null ? null
                    : (Map<String, Object>) ((Map<String, Object>) body.get("content")).get("application/json");
            if (json == null) {
                return;
            }
            String id = (String) operation.get("operationId");
            if (json.get("example") instanceof Map<?, ?> example) {
                byOperation.put(id, new Documented(id, method, path, (Map<String, Object>) example));
            } else {
                withoutExample.add(id);
            }
        }));
    }
}

package io.newsroom.timeline.rest;

import io.newsroom.stylebook.ClientReadyDocumentContract;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;

/** The OpenAPI document this module serves is shaped for generated clients (see the stylebook's ClientReadyDocument). */
@QuarkusTest
class ClientReadyDocumentTest extends ClientReadyDocumentContract {

    @Override
    protected Map<String, String> answerSchemasRequiringNothing() {
        return Map.of("Anchor", "requests share it and give either articleId or both publishedAt and zone, so no one"
                + " property is required of them");
    }
}

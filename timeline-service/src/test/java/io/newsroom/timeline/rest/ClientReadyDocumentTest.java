package io.newsroom.timeline.rest;

import io.newsroom.stylebook.ClientReadyDocumentContract;
import io.quarkus.test.junit.QuarkusTest;

/** The OpenAPI document this module serves is shaped for generated clients (see the stylebook's ClientReadyDocument). */
@QuarkusTest
class ClientReadyDocumentTest extends ClientReadyDocumentContract {
}

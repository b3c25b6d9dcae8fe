package io.newsroom.timeline.rest;

import io.newsroom.stylebook.RequestLimitsContract;
import io.quarkus.test.junit.QuarkusTest;

/** The stylebook's answers to requests over the server's limits, as this service gives them. */
@QuarkusTest
class RequestLimitsTest extends RequestLimitsContract {

    @Override
    protected String pathWithId(String id) {
        return "/api/timeline/stories/" + id;
    }

    @Override
    protected String pathTakingABody() {
        return "/api/timeline/stories";
    }
}

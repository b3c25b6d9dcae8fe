package io.newsroom.claims.rest;

import io.newsroom.stylebook.RequestLimitsContract;
import io.quarkus.test.junit.QuarkusTest;

/** The stylebook's answers to requests over the server's limits, as this service gives them. */
@QuarkusTest
class RequestLimitsTest extends RequestLimitsContract {

    @Override
    protected String pathWithId(String id) {
        return "/api/claims/actors/" + id;
    }

    @Override
    protected String pathTakingABody() {
        return "/api/claims/actors";
    }
}

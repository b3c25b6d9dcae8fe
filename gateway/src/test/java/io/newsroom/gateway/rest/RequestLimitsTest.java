package io.newsroom.gateway.rest;

import io.newsroom.stylebook.RequestLimitsContract;
import io.quarkus.test.junit.QuarkusTest;

/** The stylebook's answers to requests over the server's limits, as the gateway gives them. */
@QuarkusTest
class RequestLimitsTest extends RequestLimitsContract {

    /**
     * A path the gateway answers itself: a story's view asks the services, which this suite does not run (a long story
     * id through the gateway to the real services is in SharedRulesAcrossServicesTest).
     */
    @Override
    protected String pathWithId(String id) {
        return "/api/stories/" + id + "/no-such-view";
    }

    @Override
    protected String pathTakingABody() {
        return "/api/bundles";
    }
}

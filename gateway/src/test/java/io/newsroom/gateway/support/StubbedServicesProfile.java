package io.newsroom.gateway.support;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Starts the WireMock servers that play the two services, for every test run under a profile that extends this
 * one; the subclasses only set how patient the gateway is with them.
 */
public abstract class StubbedServicesProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(ServicesWireMock.class));
    }
}

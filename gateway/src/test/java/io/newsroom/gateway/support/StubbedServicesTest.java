package io.newsroom.gateway.support;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * The one base of every test that talks to the services through WireMock: the two servers (started by
 * {@link StubbedServicesProfile}), and a clean slate for each test, no stub or open breaker left by the one before.
 * A subclass's own {@code @BeforeEach} runs after this one, so it adds its stubs to empty servers.
 */
public abstract class StubbedServicesTest {

    @ServicesWireMock.Timeline
    protected WireMockServer timeline;

    @ServicesWireMock.Claims
    protected WireMockServer claims;

    @Inject
    protected CircuitBreakerMaintenance breakers;

    @BeforeEach
    void emptyServersAndClosedBreakers() {
        timeline.resetAll();
        claims.resetAll();
        breakers.resetAll();
    }

    @AfterEach
    void closeBreakers() {
        breakers.resetAll();
    }
}

package io.newsroom.claims.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * Plays timeline-service for every test of this module, on a free port, so the application starts once
 * for all of them. The stories the tests make up ({@link Fixtures#story()}: "story-" and letters) exist,
 * with any event; every other story or event is unknown (404), unless a test adds stubs of its own
 * (see {@link ReferenceTest}). Those are removed after each test by {@link #reset}.
 */
public class TimelineStub implements QuarkusTestResourceLifecycleManager {

    /** Injects the server into a test's field. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Timeline {
    }

    static final String KNOWN_STORY = "/api/timeline/stories/story-[a-z]+";
    static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        // Delayed answers are sent asynchronously, so a slow stub of one test never holds up the next.
        server = new WireMockServer(wireMockConfig().dynamicPort().containerThreads(20)
                .asynchronousResponseEnabled(true).asynchronousResponseThreads(10));
        server.start();
        reset(server);
        return Map.of("quarkus.rest-client.timeline.url", server.baseUrl());
    }

    /** Back to the stories every test may use, with no stub a test added. */
    static void reset(WireMockServer server) {
        server.resetAll();
        server.stubFor(known(get(urlPathMatching(KNOWN_STORY))));
        server.stubFor(known(get(urlPathMatching(KNOWN_STORY + "/events/" + UUID))));
    }

    static MappingBuilder known(MappingBuilder request) {
        // Only the status matters to the checks; the body is a fragment of what timeline-service sends.
        return request.atPriority(10).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"title\": \"A story of the tests\"}"));
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(server, new TestInjector.AnnotatedAndMatchesType(Timeline.class, WireMockServer.class));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}

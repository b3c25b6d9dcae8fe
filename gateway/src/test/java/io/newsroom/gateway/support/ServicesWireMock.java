package io.newsroom.gateway.support;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Stands in for the timeline-service and the claims-service: one WireMock server each, on free ports. */
public class ServicesWireMock implements QuarkusTestResourceLifecycleManager {

    /** Injects the server that plays the timeline-service. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Timeline {
    }

    /** Injects the server that plays the claims-service. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface Claims {
    }

    /** Injects the change feed the timeline server serves (see {@link FeedStub#serveOn}). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface TimelineFeed {
    }

    /** Injects the change feed the claims server serves. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface ClaimsFeed {
    }

    private WireMockServer timeline;
    private WireMockServer claims;
    private final FeedStub timelineFeed = new FeedStub("timeline");
    private final FeedStub claimsFeed = new FeedStub("claims");

    @Override
    public Map<String, String> start() {
        timeline = new WireMockServer(config().extensions(timelineFeed));
        claims = new WireMockServer(config().extensions(claimsFeed));
        timeline.start();
        claims.start();
        return Map.of(
                "quarkus.rest-client.timeline.url", timeline.baseUrl(),
                "quarkus.rest-client.claims.url", claims.baseUrl());
    }

    /** Delayed answers are sent asynchronously, so a slow stub left over from one test never starves the next. */
    private static WireMockConfiguration config() {
        return wireMockConfig().dynamicPort().containerThreads(40)
                .asynchronousResponseEnabled(true).asynchronousResponseThreads(20);
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(timeline, new TestInjector.AnnotatedAndMatchesType(Timeline.class, WireMockServer.class));
        injector.injectIntoFields(claims, new TestInjector.AnnotatedAndMatchesType(Claims.class, WireMockServer.class));
        injector.injectIntoFields(timelineFeed, new TestInjector.AnnotatedAndMatchesType(TimelineFeed.class, FeedStub.class));
        injector.injectIntoFields(claimsFeed, new TestInjector.AnnotatedAndMatchesType(ClaimsFeed.class, FeedStub.class));
    }

    @Override
    public void stop() {
        if (timeline != null) {
            timeline.stop();
        }
        if (claims != null) {
            claims.stop();
        }
    }
}

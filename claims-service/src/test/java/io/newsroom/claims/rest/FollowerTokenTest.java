package io.newsroom.claims.rest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.newsroom.claims.repository.FeedFollowerRepository;
import io.newsroom.claims.service.TimelineFollower;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A timeline-service whose reads are private (NEWSROOM_PUBLIC_READ=false there) is followed with the token
 * configured for this service (TIMELINE_FEED_TOKEN), not with none: the follower has no caller to borrow one from.
 */
@QuarkusTest
@TestProfile(FollowerTokenTest.WithFeedToken.class)
class FollowerTokenTest {

    public static class WithFeedToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("claims.follow.token", "token-of-the-claims-service-account");
        }
    }

    @TimelineStub.Timeline
    WireMockServer timeline;

    @Inject
    TimelineFollower follower;

    @Inject
    FeedFollowerRepository followed;

    @AfterEach
    void timelineAsItWas() {
        TimelineStub.reset(timeline);
    }

    @Test
    void theFeedIsReadWithTheConfiguredToken() throws Throwable {
        long start = VertxContextSupport.subscribeAndAwait(() -> followed.state()).position();
        // Private reads: without the token the feed refuses, with it the page is an empty one further on.
        timeline.stubFor(get(urlPathEqualTo("/api/timeline/changes")).atPriority(6)
                .willReturn(aResponse().withStatus(401)));
        timeline.stubFor(get(urlPathEqualTo("/api/timeline/changes")).atPriority(5)
                .withHeader("Authorization", equalTo("Bearer token-of-the-claims-service-account"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"changes\": [], \"next\": \"" + (start + 3) + "\"}")));
        VertxContextSupport.subscribeAndAwait(() -> follower.follow());
        timeline.verify(getRequestedFor(urlPathEqualTo("/api/timeline/changes"))
                .withHeader("Authorization", equalTo("Bearer token-of-the-claims-service-account")));
        assertThat(VertxContextSupport.subscribeAndAwait(() -> followed.state()).position(), is(start + 3));
    }
}

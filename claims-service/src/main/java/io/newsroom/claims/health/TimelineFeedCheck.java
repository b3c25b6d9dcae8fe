package io.newsroom.claims.health;

import io.newsroom.claims.repository.FeedFollowerRepository;
import io.newsroom.claims.service.TimelineFollower;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * How far this service has followed timeline-service's feed, shown with readiness. It stays UP whatever it
 * says: claims are served as well while timeline is away, and a replica taken out of rotation would not follow
 * any better. What it says is for the desk's monitoring: a gap (changes timeline pruned before they were read)
 * is named with its positions and time, so someone can review what it may have missed.
 */
@Readiness
@ApplicationScoped
public class TimelineFeedCheck implements AsyncHealthCheck {

    static final String NAME = "timeline-feed";

    private final FeedFollowerRepository followed;
    private final TimelineFollower follower;

    public TimelineFeedCheck(FeedFollowerRepository followed, TimelineFollower follower) {
        this.followed = followed;
        this.follower = follower;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return followed.state().map(state -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up()
                    .withData("position", state.position())
                    .withData("followedAt", state.followedAt() == null ? "never" : state.followedAt().toString());
            Instant unreachable = follower.unreachableSince();
            response.withData("timeline", unreachable == null ? "read" : "unreachable since " + unreachable);
            if (state.gapDetectedAt() != null) {
                response.withData("gap", "changes after position " + state.gapAfter() + " up to " + state.gapUntil()
                        + " were pruned by timeline-service before they were read (found " + state.gapDetectedAt()
                        + "): corrections, retractions and deletions among them are not reflected here");
            }
            return response.build();
        }).onFailure().recoverWithItem(failure -> HealthCheckResponse.named(NAME).up()
                .withData("state", "unknown: " + failure.getMessage()).build());
    }
}

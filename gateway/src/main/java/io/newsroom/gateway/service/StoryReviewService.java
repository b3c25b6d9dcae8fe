package io.newsroom.gateway.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.newsroom.gateway.client.ClaimsClient;
import io.newsroom.gateway.client.Paging;
import io.newsroom.gateway.client.ReviewClient;
import io.newsroom.gateway.client.ServiceRejectedException;
import io.newsroom.gateway.client.StoryNotFoundException;
import io.newsroom.gateway.config.GatewayConfig;
import io.newsroom.gateway.view.ReviewItem;
import io.newsroom.gateway.view.ReviewList;
import io.smallrye.mutiny.Uni;

/**
 * A story's review list, merged from both services, each read to its end (they are short: the facts that rest on a
 * changed article). It is built like the story view: the timeline-service decides whether the story exists, so
 * without it there is no list (503); without the claims-service the events still come, and the list says it is
 * missing the claims (degraded) rather than look complete to a desk that would then stop looking.
 */
@ApplicationScoped
public class StoryReviewService {

    private static final Logger LOG = Logger.getLogger(StoryReviewService.class);

    private final ReviewClient reviews;
    private final GatewayConfig config;

    public StoryReviewService(ReviewClient reviews, GatewayConfig config) {
        this.reviews = reviews;
        this.config = config;
    }

    /**
     * @throws StoryNotFoundException (as a failure) when the timeline-service does not know the story
     * @throws ServicesUnavailableException (as a failure) when the timeline-service did not answer
     */
    public Uni<ReviewList> review(String storyId) {
        Uni<List<ReviewItem>> events = Paging.all(after -> reviews.events(storyId, after, config.pageSize()), config.maxPages())
                .ifNoItem().after(config.viewBudget())
                .failWith(() -> new TimeoutException("timeline-service took longer than " + config.viewBudget()))
                .onFailure(f -> f instanceof ServiceRejectedException r && r.status() == 404)
                .transform(f -> new StoryNotFoundException(storyId))
                // Any other refusal (a slug it cannot read) is answered as the service gave it, never as a 503.
                .onFailure(f -> !(f instanceof StoryNotFoundException || f instanceof ServiceRejectedException)).transform(f -> {
                    LOG.warnf("timeline-service failed for the review list of story %s: %s", storyId, f.toString());
                    return new ServicesUnavailableException("The timeline-service did not answer, and without it there "
                            + "is no telling which of the story's facts need review");
                });
        Uni<List<ReviewItem>> claims = Paging.all(after -> reviews.claims(storyId, after, config.pageSize()), config.maxPages())
                .ifNoItem().after(config.viewBudget())
                .failWith(() -> new TimeoutException("claims-service took longer than " + config.viewBudget()))
                // A story with no claims may be one the claims-service has never heard of: nothing of it to review.
                .onFailure(f -> f instanceof ServiceRejectedException r && r.status() == 404).recoverWithItem(List.of())
                .onFailure(f -> !refusesTheCaller(f)).recoverWithItem(f -> {
                    LOG.warnf("claims-service failed for the review list of story %s: %s", storyId, f.toString());
                    return null;
                });
        return Uni.combine().all().unis(events, claims).asTuple().map(both -> {
            List<ReviewItem> items = new ArrayList<>(both.getItem1());
            if (both.getItem2() != null) {
                items.addAll(both.getItem2());
            }
            return new ReviewList(storyId, List.copyOf(items),
                    both.getItem2() == null ? List.of(ClaimsClient.SERVICE) : List.of());
        });
    }

    /** A refusal of the caller's token or roles is the caller's answer, never a reason for a partial list. */
    private static boolean refusesTheCaller(Throwable failure) {
        return failure instanceof ServiceRejectedException rejected && rejected.refusesTheCaller();
    }
}

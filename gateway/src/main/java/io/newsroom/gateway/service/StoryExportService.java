package io.newsroom.gateway.service;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsroom.gateway.client.ClaimsReader;
import io.newsroom.gateway.client.TimelineReader;
import io.newsroom.gateway.config.GatewayConfig;
import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.ClaimsSnapshot;
import io.newsroom.gateway.mapping.ClaimReviewMapper;
import io.newsroom.gateway.mapping.TimelineJsMapper;
import io.newsroom.gateway.view.ClaimReviewDocument;
import io.newsroom.gateway.view.TimelineJsDocument;
import io.smallrye.mutiny.Uni;

/**
 * Exports publish what a newsroom stands behind, so unlike the view they never go out half-made: a service that
 * does not answer makes the export fail with 503 instead of silently leaving its part out.
 */
@ApplicationScoped
public class StoryExportService {

    private final TimelineReader timeline;
    private final ClaimsReader claims;
    private final GatewayConfig config;

    public StoryExportService(TimelineReader timeline, ClaimsReader claims, GatewayConfig config) {
        this.timeline = timeline;
        this.claims = claims;
        this.config = config;
    }

    /** @param asOf the instant to export the timeline as of, or null for the story as it stands */
    public Uni<TimelineJsDocument> timelineJs(String storyId, Instant asOf) {
        return timeline.read(storyId, asOf).map(t -> {
            requireAnswer(t, "timeline-service");
            return TimelineJsMapper.toTimelineJs(t.story(), t.events());
        });
    }

    /**
     * @param requestBaseUrl used for the reviews' urls unless a public base URL is configured
     * @param asOf the instant to publish the verdicts of, or null for the verdicts as they stand
     */
    public Uni<List<ClaimReviewDocument>> claimReviews(String storyId, String requestBaseUrl, Instant asOf) {
        // The timeline is asked too, only to tell an unknown story (404) from one without verdicts: a story the
        // timeline knows now, so its current state is what is read.
        return Uni.combine().all().unis(timeline.read(storyId, null), claims.read(storyId, asOf)).asTuple().chain(halves -> {
            ClaimsSnapshot c = requireAnswer(halves.getItem2(), "claims-service");
            ClaimReviewMapper.Publisher publisher = new ClaimReviewMapper.Publisher(config.claimReview().organisation(),
                    config.claimReview().organisationUrl().orElse(null),
                    config.claimReview().publicBaseUrl().orElse(requestBaseUrl));
            // The claims name their claimants thinly (id, name, kind); a review links its claimant to Wikidata
            // (sameAs), so the claimants of reviewed claims are read in full, and only those.
            List<String> claimantIds = c.claims().stream()
                    .filter(claim -> claim.verdict() != null && claim.verdict().rating() != null && claim.claimantId() != null)
                    .map(Claim::claimantId)
                    .distinct()
                    .toList();
            // The thin ones stay behind the full ones: a claimant merged into another is read in full under the
            // kept actor's id, and its claims still name it by its own.
            return claims.actorsInFull(claimantIds, asOf)
                    .map(claimants -> ClaimReviewMapper.toClaimReviews(storyId, c.claims(),
                            Stream.concat(claimants.stream(), c.actors().stream()).toList(), publisher));
        });
    }

    private static <T> T requireAnswer(T half, String service) {
        if (half == null) {
            throw new ServicesUnavailableException(service + " did not answer in time; an export is never partial");
        }
        return half;
    }
}

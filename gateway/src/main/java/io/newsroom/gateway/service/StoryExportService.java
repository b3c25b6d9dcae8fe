package io.newsroom.gateway.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsroom.gateway.client.ClaimsReader;
import io.newsroom.gateway.client.TimelineReader;
import io.newsroom.gateway.config.GatewayConfig;
import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.Article;
import io.newsroom.gateway.domain.ClaimsSnapshot;
import io.newsroom.gateway.domain.StoryBundle;
import io.newsroom.gateway.domain.TimelineSnapshot;
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
    private final Clock clock;

    public StoryExportService(TimelineReader timeline, ClaimsReader claims, GatewayConfig config) {
        this.timeline = timeline;
        this.claims = claims;
        this.config = config;
        this.clock = Clock.systemUTC();
    }

    public Uni<TimelineJsDocument> timelineJs(String storyId) {
        return timeline.read(storyId).map(t -> {
            requireAnswer(t, "timeline-service");
            return TimelineJsMapper.toTimelineJs(t.story(), t.events());
        });
    }

    /** @param requestBaseUrl used for the reviews' urls unless a public base URL is configured */
    public Uni<List<ClaimReviewDocument>> claimReviews(String storyId, String requestBaseUrl) {
        // The timeline is asked too, only to tell an unknown story (404) from one without verdicts.
        return Uni.combine().all().unis(timeline.read(storyId), claims.read(storyId)).asTuple().map(halves -> {
            ClaimsSnapshot c = requireAnswer(halves.getItem2(), "claims-service");
            ClaimReviewMapper.Publisher publisher = new ClaimReviewMapper.Publisher(config.claimReview().organisation(),
                    config.claimReview().organisationUrl().orElse(null),
                    config.claimReview().publicBaseUrl().orElse(requestBaseUrl));
            return ClaimReviewMapper.toClaimReviews(storyId, c.claims(), c.actors(), publisher);
        });
    }

    public Uni<StoryBundle> bundle(String storyId) {
        return Uni.combine().all().unis(timeline.read(storyId), claims.read(storyId)).asTuple().chain(halves -> {
            TimelineSnapshot t = requireAnswer(halves.getItem1(), "timeline-service");
            ClaimsSnapshot c = requireAnswer(halves.getItem2(), "claims-service");
            // The claims name their actors only by id, name and kind; a bundle carries them whole.
            return claims.actorsInFull(c.actors().stream().map(Actor::id).toList())
                    .map(actors -> toBundle(t, new ClaimsSnapshot(c.claims(), actors), Instant.now(clock)));
        });
    }

    static StoryBundle toBundle(TimelineSnapshot t, ClaimsSnapshot c, Instant exportedAt) {
        // Only the outlets this story's coverage uses travel with it; the outlet list is shared by all stories.
        Set<String> usedOutlets = new HashSet<>();
        for (Article a : t.articles()) {
            usedOutlets.add(a.outletId());
        }
        Set<String> actorIds = new HashSet<>();
        c.actors().forEach(a -> actorIds.add(a.id()));
        List<Actor> actors = c.actors().stream()
                .map(a -> a.members() == null ? a : new Actor(a.id(), a.name(), a.kind(), a.description(), a.country(),
                        a.wikidataId(), a.aliases(), a.members().stream().filter(actorIds::contains).toList()))
                .toList();
        return new StoryBundle(StoryBundle.FORMAT, StoryBundle.VERSION, exportedAt, t.story(),
                t.outlets().stream().filter(o -> usedOutlets.contains(o.id())).toList(),
                t.articles(), t.events(), t.relations(), actors, c.claims());
    }

    private static <T> T requireAnswer(T half, String service) {
        if (half == null) {
            throw new ServicesUnavailableException(service + " did not answer in time; an export is never partial");
        }
        return half;
    }
}

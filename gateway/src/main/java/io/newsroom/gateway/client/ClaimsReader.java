package io.newsroom.gateway.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.jboss.logging.Logger;

import io.newsroom.gateway.config.GatewayConfig;
import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.ClaimsSnapshot;
import io.newsroom.gateway.domain.ClaimsWindow;
import io.smallrye.mutiny.Uni;

/** Reads the claims-service's half of a story: every claim with its current stances and verdict, and who they name. */
@ApplicationScoped
public class ClaimsReader {

    private static final Logger LOG = Logger.getLogger(ClaimsReader.class);

    private final ClaimsClient claims;
    private final GatewayConfig config;

    public ClaimsReader(ClaimsClient claims, GatewayConfig config) {
        this.claims = claims;
        this.config = config;
    }

    /**
     * @param asOf the instant to read the claims as of (their stances and verdicts of then), or null for now
     * @return the snapshot, its actors as the claims name them (id, name, kind); a null item when the service did
     *         not answer within the budget
     */
    @Fallback(fallbackMethod = "unavailable", skipOn = ServiceRejectedException.class)
    public Uni<ClaimsSnapshot> read(String storyId, Instant asOf) {
        List<Claim> all = new ArrayList<>();
        Map<String, Actor> named = new LinkedHashMap<>();
        return Paging.all(after -> claims.claims(storyId, after, config.pageSize(), asOf).map(page -> {
                    page.namedActors().forEach(a -> named.putIfAbsent(a.id(), a));
                    return new Page<>(page.claims(), page.nextCursor());
                }), config.maxPages())
                .map(claimList -> {
                    all.addAll(claimList);
                    return new ClaimsSnapshot(List.copyOf(all), List.copyOf(named.values()));
                })
                .ifNoItem().after(config.viewBudget())
                .failWith(() -> new TimeoutException("claims-service took longer than " + config.viewBudget()));
    }

    /**
     * The claims half of one view: the claims made at the page's events, the top of the disputes board, the actors
     * they name and the story's counts, in one call. Failures come as they are: the caller decides.
     *
     * @param asOf the instant to read them as of, or null for now
     * @param held the window a recent view got for the same events, or null: the answer while it still holds
     */
    public Uni<Tagged<ClaimsWindow>> window(String storyId, List<String> eventIds, int disputes, Instant asOf,
            Tagged<ClaimsWindow> held) {
        return claims.window(storyId, eventIds, disputes, asOf, held);
    }

    /**
     * Every detail of the given actors (description, country, aliases...), for an export that must be complete.
     *
     * @param asOf the instant to read them as of, or null for now
     */
    public Uni<List<Actor>> actorsInFull(List<String> actorIds, Instant asOf) {
        if (actorIds.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return Uni.join().all(actorIds.stream().map(id -> claims.findActor(id, asOf)).toList()).andFailFast()
                .map(found -> found.stream().filter(Objects::nonNull).toList());
    }

    Uni<ClaimsSnapshot> unavailable(String storyId, Instant asOf, Throwable cause) {
        LOG.warnf("claims-service unavailable for story %s: %s", storyId, cause.toString());
        return Uni.createFrom().nullItem();
    }
}

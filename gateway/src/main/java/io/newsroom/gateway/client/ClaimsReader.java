package io.newsroom.gateway.client;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Fallback;
import org.jboss.logging.Logger;

import io.newsroom.gateway.config.GatewayConfig;
import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.ClaimsSnapshot;
import io.newsroom.gateway.domain.Stance;
import io.smallrye.mutiny.Uni;

/** Reads the claims-service's half of a story: every claim with stances and verdict, and the actors they name. */
@ApplicationScoped
public class ClaimsReader {

    private static final Logger LOG = Logger.getLogger(ClaimsReader.class);

    private final ClaimsClient claims;
    private final GatewayConfig config;

    public ClaimsReader(ClaimsClient claims, GatewayConfig config) {
        this.claims = claims;
        this.config = config;
    }

    /** @return the snapshot, or a null item when the service did not answer within the budget */
    @Fallback(fallbackMethod = "unavailable", skipOn = ServiceRejectedException.class)
    public Uni<ClaimsSnapshot> read(String storyId) {
        return Paging.all(after -> claims.claims(storyId, after, config.pageSize()), config.maxPages())
                .chain(claimList -> actorsOf(claimList).map(actors -> new ClaimsSnapshot(claimList, actors)))
                .ifNoItem().after(config.viewBudget())
                .failWith(() -> new TimeoutException("claims-service took longer than " + config.viewBudget()));
    }

    private Uni<List<Actor>> actorsOf(List<Claim> claimList) {
        Set<String> ids = new LinkedHashSet<>();
        for (Claim claim : claimList) {
            ids.add(claim.claimantId());
            if (claim.stances() != null) {
                claim.stances().stream().map(Stance::actorId).forEach(ids::add);
            }
        }
        ids.remove(null);
        if (ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        List<Uni<Actor>> lookups = ids.stream().map(claims::findActor).toList();
        return Uni.join().all(lookups).andFailFast()
                .map(found -> found.stream().filter(Objects::nonNull).toList());
    }

    Uni<ClaimsSnapshot> unavailable(String storyId, Throwable cause) {
        LOG.warnf("claims-service unavailable for story %s: %s", storyId, cause.toString());
        return Uni.createFrom().nullItem();
    }
}

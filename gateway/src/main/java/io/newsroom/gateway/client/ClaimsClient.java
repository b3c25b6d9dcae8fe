package io.newsroom.gateway.client;

import static io.newsroom.gateway.mapping.TimelineContractMapper.offset;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.newsroom.gateway.client.claims.api.ActorsApi;
import io.newsroom.gateway.client.claims.api.ClaimsApi;
import io.newsroom.gateway.client.claims.api.StancesApi;
import io.newsroom.gateway.client.claims.api.VerdictsApi;
import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.Citation;
import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.ClaimsWindow;
import io.newsroom.gateway.domain.Stance;
import io.newsroom.gateway.domain.Verdict;
import io.newsroom.gateway.mapping.ClaimsContractMapper;
import io.smallrye.faulttolerance.api.CircuitBreakerName;
import io.smallrye.mutiny.Uni;

/** The claims-service as the gateway calls it; same policy as {@link TimelineClient}. */
@Timeout(value = 1, unit = ChronoUnit.SECONDS)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.5, delay = 2, delayUnit = ChronoUnit.SECONDS,
        skipOn = ServiceRejectedException.class)
@ApplicationScoped
public class ClaimsClient {

    /**
     * The service's name, and the name of the breaker of the story view's one call to it ({@code window}). SmallRye
     * refuses one breaker name on two methods, so the other calls (exports, imports) keep breakers of their own,
     * named after the service; the view asks each service exactly once, so its breaker is the service's for it.
     */
    public static final String SERVICE = "claims-service";
    /** If-Match: * (RFC 9110 13.1.1), any stored version. */
    private static final String ANY_VERSION = "*";

    /** A page of claims with the actors they name, so the view needs no call per actor. */
    public record ClaimPage(List<Claim> claims, List<Actor> namedActors, String nextCursor) {
    }

    private final ClaimsApi claims;
    private final ActorsApi actors;
    private final StancesApi stances;
    private final VerdictsApi verdicts;
    private final ClaimsWindowApi windows;
    private final Replays replays;

    public ClaimsClient(@RestClient ClaimsApi claims, @RestClient ActorsApi actors, @RestClient StancesApi stances,
            @RestClient VerdictsApi verdicts, @RestClient ClaimsWindowApi windows, Replays replays) {
        this.claims = claims;
        this.windows = windows;
        this.actors = actors;
        this.stances = stances;
        this.verdicts = verdicts;
        this.replays = replays;
    }

    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE + "-claims")
    public Uni<ClaimPage> claims(String storyId, String after, int limit, Instant asOf) {
        return Failures.translated(SERVICE, claims.listClaims(storyId, after, offset(asOf), null, null, limit, null, null, null, null)
                .map(p -> {
                    List<io.newsroom.gateway.client.claims.model.Claim> items = p.getItems() == null ? List.of() : p.getItems();
                    return new ClaimPage(items.stream().map(ClaimsContractMapper::claim).toList(),
                            items.stream().flatMap(c -> ClaimsContractMapper.actorsNamedIn(c).stream()).toList(),
                            p.getNextCursor());
                }));
    }

    /*
     * The reads take asOf as the timeline's do: the instant to read the record as it stood then, or null for now.
     */

    /**
     * The claims made at the given events (at most 200), the top of the disputes board and the story's counts.
     *
     * @param held the window a recent view got for the same events, with its tag, or null: while the service answers
     *        304 to its tag, it is the answer (as {@link TimelineClient#window})
     */
    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE)
    public Uni<Tagged<ClaimsWindow>> window(String storyId, List<String> eventIds, int disputes, Instant asOf,
            Tagged<ClaimsWindow> held) {
        return Failures.translated(SERVICE, Uni.createFrom().item(() -> eventIds.stream().map(UUID::fromString).toList())
                .chain(ids -> windows.getClaimsWindow(storyId, ids, disputes, offset(asOf), held == null ? null : held.etag()))
                .map(answer -> answer.getStatus() == 304 ? held
                        : new Tagged<>(ClaimsContractMapper.window(answer.getEntity()), answer.getHeaderString("ETag"))));
    }

    /**
     * @return the actor, or a null item when the claims-service does not know it; an actor merged into another
     *         answers with the one it was merged into (the service redirects, and the client follows)
     */
    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE + "-find-actor")
    public Uni<Actor> findActor(String actorId, Instant asOf) {
        return Failures.nullOnNotFound(SERVICE, Uni.createFrom().item(() -> UUID.fromString(actorId))
                .chain(id -> actors.getActor(id, offset(asOf))).map(ClaimsContractMapper::actor));
    }

    /** One claim of the story as it stands now; a null item when the service does not know it (or it was deleted). */
    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE + "-find-claim")
    public Uni<Claim> findClaim(String storyId, String claimId) {
        return Failures.nullOnNotFound(SERVICE, Uni.createFrom().item(() -> UUID.fromString(claimId))
                .chain(id -> claims.getClaim(storyId, id, null)).map(ClaimsContractMapper::claim));
    }

    /** Whether the actor's stance on the claim is there; a stance is one per actor and claim. */
    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE + "-find-stance")
    public Uni<Boolean> hasStance(String storyId, String claimId, String actorId) {
        return Failures.nullOnNotFound(SERVICE, Uni.createFrom().item(() -> UUID.fromString(claimId))
                        .chain(id -> stances.getStance(storyId, id, UUID.fromString(actorId), null)).map(found -> true))
                .map(found -> found != null);
    }

    /** Actors whose name or alias matches, first page only: enough to find one by its exact name. */
    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE + "-actors-named")
    public Uni<List<Actor>> actorsNamed(String name) {
        return Failures.translated(SERVICE, actors.listActors(null, null, 200, name, null)
                .map(p -> p.getItems() == null ? List.<Actor>of() : p.getItems().stream().map(ClaimsContractMapper::actor).toList()));
    }

    /** The one actor with this Wikidata item id (the claims-service allows one), or a null item when none has it. */
    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE + "-actor-by-wikidata-id")
    public Uni<Actor> actorWithWikidataId(String wikidataId) {
        return Failures.translated(SERVICE, actors.listActors(null, null, 1, null, wikidataId)
                .map(p -> p.getItems() == null || p.getItems().isEmpty() ? null : ClaimsContractMapper.actor(p.getItems().get(0))));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreakerName(SERVICE + "-create-actor")
    public Uni<Created<Actor>> createActor(String idempotencyKey, Actor actor, List<String> memberIds) {
        return Failures.translated(SERVICE, Uni.createFrom().item(() -> ClaimsContractMapper.actorInput(actor, memberIds))
                .chain(input -> actors.createActor(input, idempotencyKey)).map(ClaimsContractMapper::actor))
                .map(item -> created(idempotencyKey, item));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreakerName(SERVICE + "-create-claim")
    public Uni<Created<Claim>> createClaim(String idempotencyKey, String storyId, Claim claim, String claimantId, String eventId) {
        return Failures.translated(SERVICE, Uni.createFrom().item(() -> ClaimsContractMapper.claimInput(claim, claimantId, eventId))
                .chain(input -> claims.createClaim(storyId, input, idempotencyKey)).map(ClaimsContractMapper::claim))
                .map(item -> created(idempotencyKey, item));
    }

    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreakerName(SERVICE + "-take-stance")
    public Uni<Created<String>> takeStance(String idempotencyKey, String storyId, String claimId, Stance stance, String actorId) {
        return Failures.translated(SERVICE, Uni.createFrom().item(() -> ClaimsContractMapper.stanceInput(stance, actorId))
                .chain(input -> stances.takeStance(storyId, UUID.fromString(claimId), input, idempotencyKey))
                .map(s -> created(idempotencyKey, s.getId() == null ? null : s.getId().toString())));
    }

    /** Adds a place where the claim appeared. @return the appearance's id */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @CircuitBreakerName(SERVICE + "-add-appearance")
    public Uni<Created<String>> addAppearance(String idempotencyKey, String storyId, String claimId, Citation appearance) {
        return Failures.translated(SERVICE, Uni.createFrom().item(() -> UUID.fromString(claimId))
                .chain(id -> claims.addAppearance(storyId, id, ClaimsContractMapper.appearanceInput(appearance), idempotencyKey))
                .map(a -> created(idempotencyKey, a.getId() == null ? null : a.getId().toString())));
    }

    /** The id of the actor's current stance on the claim, or a null item when it has none. */
    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE + "-stance-id")
    public Uni<String> stanceId(String storyId, String claimId, String actorId) {
        return Failures.nullOnNotFound(SERVICE, Uni.createFrom().item(() -> UUID.fromString(claimId))
                .chain(id -> stances.getStance(storyId, id, UUID.fromString(actorId), null))
                .map(s -> s.getId() == null ? null : s.getId().toString()));
    }

    /**
     * Makes the claim one made at another event, keeping everything else it holds: its stored fields are read and
     * written back with the new event. A PUT of the whole claim, so repeating it is harmless and it may retry.
     */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE + "-move-claim")
    public Uni<Claim> moveToEvent(String storyId, String claimId, String eventId) {
        return Failures.translated(SERVICE, Uni.createFrom().item(() -> UUID.fromString(claimId))
                .chain(id -> claims.getClaim(storyId, id, null)
                        // The claim was just read whole, so whatever version is stored is the one read.
                        .chain(stored -> claims.replaceClaim(storyId, id, ANY_VERSION,
                                ClaimsContractMapper.claimUpdateAtEvent(stored, eventId))))
                .map(ClaimsContractMapper::claim));
    }

    /** Setting a verdict is a PUT of the whole verdict, so repeating it is harmless and it may retry. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 50, abortOn = { ServiceRejectedException.class, CircuitBreakerOpenException.class })
    @CircuitBreakerName(SERVICE + "-set-verdict")
    public Uni<Verdict> setVerdict(String storyId, String claimId, Verdict verdict) {
        return Failures.translated(SERVICE, Uni.createFrom().item(() -> ClaimsContractMapper.verdictInput(verdict))
                // The claims-service requires If-Match on every PUT. An import replaces a verdict only after reading the
                // stored one in the same run and finding it differs from the bundle's, which is the source it restores,
                // and the list it read from carries no per-claim ETag: so it asks for whatever version is stored.
                .chain(input -> verdicts.setVerdict(storyId, UUID.fromString(claimId), ANY_VERSION, input))
                .map(ClaimsContractMapper::verdict));
    }

    private <T> Created<T> created(String idempotencyKey, T item) {
        return new Created<>(item, replays.replayed(idempotencyKey));
    }
}

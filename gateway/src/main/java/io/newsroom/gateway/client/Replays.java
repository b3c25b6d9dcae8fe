package io.newsroom.gateway.client;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.RequestScoped;

/**
 * The Idempotency-Keys of this request's creates that a service answered from its idempotency store
 * ({@code Idempotency-Replayed: true}), recorded by {@link ReplayedAnswers}. The generated clients give a create's
 * body only, so the header reaches {@link TimelineClient} and {@link ClaimsClient} this way, and they report it
 * with the item ({@link Created}). Per request, so it ends with the import that made the calls.
 */
@RequestScoped
public class Replays {

    private final Set<String> keys = ConcurrentHashMap.newKeySet();

    void record(String idempotencyKey) {
        keys.add(idempotencyKey);
    }

    /** A create sent without a key (a story: its slug is its key) cannot have been replayed. */
    boolean replayed(String idempotencyKey) {
        return idempotencyKey != null && keys.contains(idempotencyKey);
    }
}

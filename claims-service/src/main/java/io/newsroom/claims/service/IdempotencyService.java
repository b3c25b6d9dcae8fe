package io.newsroom.claims.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.newsroom.claims.config.ClaimsConfig;
import io.newsroom.claims.domain.IdempotencyEntry;
import io.newsroom.claims.repository.IdempotencyRepository;
import io.newsroom.stylebook.Idempotency;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * Makes creates safe to retry. Must run inside the transaction of the write it guards, so the
 * stored answer and the created rows commit together or not at all. Concurrent attempts with one
 * key queue on an advisory lock, so the later ones replay the first answer; the primary key is
 * the last line of defence (a conflict, never a second row). Keys older than the configured
 * retention are deleted as keyed writes pass by.
 */
@ApplicationScoped
public class IdempotencyService {

    private final IdempotencyRepository repository;
    private final ObjectWriter canonical;
    private final Clock clock;
    private final ClaimsConfig config;

    public IdempotencyService(IdempotencyRepository repository, ObjectMapper json, Clock clock, ClaimsConfig config) {
        this.repository = repository;
        this.config = config;
        // The request as read (a record, so its fields have one order), maps sorted: spacing and
        // field order in the client's body do not change the fingerprint.
        this.canonical = json.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
        this.clock = clock;
    }

    /**
     * Runs the write unless the key was seen: then replays the first answer when the request is
     * the same, and refuses when it differs.
     *
     * @param operation the operationId, e.g. "createClaim"
     * @param path      the path written to, e.g. "/stories/x/claims"
     */
    public Uni<Written> once(String header, String operation, String path, Object request,
                             Supplier<Uni<Written>> write) {
        String key = Idempotency.key(header);
        if (key == null) {
            return write.get();
        }
        String fingerprint = Idempotency.fingerprint(operation, path, canonical(request));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return repository.lock(key)
                .chain(() -> repository.deleteOlderThan(now.minus(config.idempotency().retention())))
                .chain(() -> repository.findById(key)).chain(seen -> {
            if (seen != null) {
                if (!seen.fingerprint.equals(fingerprint)) {
                    return Uni.createFrom().failure(new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED,
                            "This Idempotency-Key was first sent with a different request; use a new key"));
                }
                return Uni.createFrom().item(new Written(seen.status,
                        seen.location == null ? null : URI.create(seen.location), seen.etag, seen.responseBody, true));
            }
            return write.get().call(written -> {
                IdempotencyEntry entry = new IdempotencyEntry();
                entry.key = key;
                entry.fingerprint = fingerprint;
                entry.status = written.status();
                entry.location = written.location() == null ? null : written.location().toString();
                entry.etag = written.etag();
                entry.responseBody = written.body();
                entry.createdAt = now;
                return repository.persist(entry);
            });
        });
    }

    private byte[] canonical(Object request) {
        try {
            return canonical.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint a request", e);
        }
    }
}

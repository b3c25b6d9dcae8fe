package io.newsroom.claims.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.claims.config.ClaimsConfig;
import io.newsroom.claims.domain.IdempotencyEntry;
import io.newsroom.claims.repository.IdempotencyRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
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

    public static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyRepository repository;
    private final ObjectMapper json;
    private final Clock clock;
    private final ClaimsConfig config;

    public IdempotencyService(IdempotencyRepository repository, ObjectMapper json, Clock clock, ClaimsConfig config) {
        this.repository = repository;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs the write unless the key was seen: then replays the first answer when the request is
     * the same, and refuses when it differs.
     *
     * @param operation what is written and where, e.g. "createClaim /stories/x/claims"
     */
    public Uni<Written> once(String key, String operation, Object request, Supplier<Uni<Written>> write) {
        if (key == null) {
            return write.get();
        }
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            return Uni.createFrom().failure(ProblemException.badParameter("Idempotency-Key",
                    "must be 1 to " + MAX_KEY_LENGTH + " characters"));
        }
        String fingerprint = fingerprint(operation, request);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return repository.lock(key)
                .chain(() -> repository.deleteOlderThan(now.minus(config.idempotency().retention())))
                .chain(() -> repository.findById(key)).chain(seen -> {
            if (seen != null) {
                if (!seen.fingerprint.equals(fingerprint)) {
                    return Uni.createFrom().failure(ProblemException.unprocessable("idempotency-key-reused",
                            "Idempotency-Key already used for another request",
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

    private String fingerprint(String operation, Object request) {
        try {
            byte[] body = json.writeValueAsBytes(request);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint a request", e);
        }
    }
}

package io.newsroom.timeline.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsroom.stylebook.Idempotency;
import io.newsroom.stylebook.ProblemException;
import io.newsroom.stylebook.ProblemType;
import io.newsroom.timeline.config.TimelineConfig;
import io.newsroom.timeline.domain.IdempotencyKeyEntity;
import io.newsroom.timeline.repository.IdempotencyRepository;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Runs a create and, when the client sent an Idempotency-Key, stores its answer in the same
 * transaction; a retry with the same key and the same request gets that answer back, the same
 * key with another request is refused.
 */
@ApplicationScoped
public class IdempotencyService {

    /** What a create produced. */
    public record Created(URI location, Object body, String etag) {
    }

    /** What to answer: the fresh result, or the stored first answer (body then is its JSON text). */
    public record Answer(int status, URI location, Object body, String etag, boolean replayed) {
    }

    private final IdempotencyRepository keys;
    private final ObjectMapper json;
    private final TimelineConfig config;

    public IdempotencyService(IdempotencyRepository keys, ObjectMapper json, TimelineConfig config) {
        this.keys = keys;
        this.json = json;
        this.config = config;
    }

    @WithTransaction
    public Uni<Answer> create(String header, String operation, String path, Object request, Supplier<Uni<Created>> write) {
        return answer(201, header, operation, path, request, write);
    }

    /**
     * A POST that changes a resource rather than creating one (200, no Location): a retry with the
     * same key gets the first answer, even when the resource's entity tag has moved on since.
     */
    @WithTransaction
    public Uni<Answer> change(String header, String operation, String path, Object request, Supplier<Uni<Created>> write) {
        return answer(200, header, operation, path, request, write);
    }

    private Uni<Answer> answer(int status, String header, String operation, String path, Object request,
            Supplier<Uni<Created>> write) {
        String key = Idempotency.key(header);
        if (key == null) {
            return write.get().map(created -> new Answer(status, created.location(), created.body(), created.etag(), false));
        }
        // The request as read (an API record), serialised by the one mapper: spacing and field order do not count.
        String fingerprint = Idempotency.fingerprint(operation, path, toJson(request).getBytes(StandardCharsets.UTF_8));
        Instant now = RecordingClock.now();
        return keys.lock(key)
                .chain(() -> keys.deleteOlderThan(now.minus(config.idempotency().retention())))
                .chain(() -> keys.findById(key))
                .chain(stored -> {
                    if (stored == null) {
                        return write.get().call(created -> keys.persist(record(key, fingerprint, status, created, now)))
                                .map(created -> new Answer(status, created.location(), created.body(), created.etag(), false));
                    }
                    if (!stored.fingerprint.equals(fingerprint)) {
                        return Uni.createFrom().failure(new ProblemException(ProblemType.IDEMPOTENCY_KEY_REUSED, "the Idempotency-Key '" + key + "' was already used with a different request;"
                                        + " use a new key for a new request"));
                    }
                    return Uni.createFrom().item(new Answer(stored.status,
                            stored.location == null ? null : URI.create(stored.location), stored.body, stored.etag, true));
                });
    }

    /**
     * Forgets the first answers that created what a delete removes (the resource at this path of
     * the API, e.g. /stories/ukraine-peace-plan, and everything below it), in the delete's
     * transaction: a retry of such a create, like a repeated bundle import, then creates it again
     * instead of replaying a Location that answers 404.
     */
    Uni<Void> forgetCreated(String path) {
        return keys.deleteLocatedAt(path).replaceWithVoid();
    }

    private IdempotencyKeyEntity record(String key, String fingerprint, int status, Created created, Instant now) {
        IdempotencyKeyEntity record = new IdempotencyKeyEntity();
        record.key = key;
        record.fingerprint = fingerprint;
        record.status = status;
        record.location = created.location() == null ? null : created.location().toString();
        record.body = toJson(created.body());
        record.etag = created.etag();
        record.createdAt = now;
        return record;
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("API records always serialise", e);
        }
    }
}

package io.newsroom.gateway.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.newsroom.gateway.domain.Change;
import io.newsroom.gateway.domain.ChangeSource;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The webhook queue in the gateway's database, shared by every replica. Reading a feed and queueing its deliveries
 * happen under the lock of that feed's position row, in one transaction; sending is taken with a lease, each
 * delivery by one worker at a time ({@code for update skip locked}: replicas never wait on each other, they take
 * other rows). Plain SQL on the reactive client: Hibernate's queries have no {@code skip locked}.
 * <p>
 * Not a CDI bean of its own: each dispatcher and worker holds one on the pool it is given, so two of them on two
 * pools are two replicas sharing one database.
 */
public class DeliveryQueue {

    private final Pool pool;

    public DeliveryQueue(Pool pool) {
        this.pool = pool;
    }

    public Pool pool() {
        return pool;
    }

    /**
     * @return the position this replica may read the source's feed after, holding its row's lock in the transaction
     *         of the connection; a null item when another replica holds it now
     */
    public Uni<Long> lockPosition(SqlConnection transaction, ChangeSource source) {
        return transaction.preparedQuery("select position from webhook_feed_cursor where source = $1 for update skip locked")
                .execute(Tuple.of(source.service()))
                .map(rows -> rows.size() == 0 ? null : rows.iterator().next().getLong("position"));
    }

    public Uni<Void> movePosition(SqlConnection transaction, ChangeSource source, long position) {
        return transaction.preparedQuery("update webhook_feed_cursor set position = $2, updated_at = now() where source = $1")
                .execute(Tuple.of(source.service(), position)).replaceWithVoid();
    }

    /**
     * Queues one change for every subscription it matches: active, of its story or of all stories, of its type or of
     * every type, and subscribed before the change was recorded (a new subscription is not sent the past).
     *
     * @param bodies the body each change is sent with, by position in {@code changes}
     */
    public Uni<Void> enqueue(SqlConnection transaction, List<Change> changes, List<String> bodies, long retryForMillis) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Tuple> batch = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            batch.add(Tuple.tuple().addString(change.source().service()).addLong(change.position()).addString(change.type())
                    .addString(bodies.get(i)).addLong(retryForMillis).addString(change.storyId())
                    .addOffsetDateTime(change.recordedAt() == null ? null : WebhookRepository.utc(change.recordedAt())));
        }
        return transaction.preparedQuery("insert into webhook_delivery (id, subscription_id, source, change_id, type, body,"
                        + " retry_until, next_attempt_at)"
                        + " select gen_random_uuid(), s.id, $1, $2, $3, $4, now() + $5 * interval '1 millisecond', now()"
                        + " from webhook_subscription s"
                        + " where not s.paused and (s.all_stories or s.story_id = $6)"
                        + " and (cardinality(s.types) = 0 or $3 = any(s.types))"
                        + " and s.created_at <= coalesce($7, now())"
                        + " on conflict on constraint webhook_delivery_once do nothing")
                .executeBatch(batch).replaceWithVoid();
    }

    /** A delivery a worker took: what to send where, and the attempt it is. */
    public record Taken(UUID id, UUID subscriptionId, String url, String secret, String body, int attempt) {
    }

    /**
     * Takes up to {@code limit} due deliveries of active subscriptions for this worker, counting the attempt and
     * holding them for the lease, in a transaction of its own: other workers skip them from then on.
     */
    public Uni<List<Taken>> take(int limit, long leaseMillis) {
        return pool.preparedQuery("update webhook_delivery d set attempts = d.attempts + 1,"
                        + " leased_until = now() + $2 * interval '1 millisecond'"
                        + " from webhook_subscription s"
                        + " where s.id = d.subscription_id and d.id in ("
                        + "   select q.id from webhook_delivery q join webhook_subscription qs on qs.id = q.subscription_id"
                        + "   where q.state = 'PENDING' and q.next_attempt_at <= now() and not qs.paused"
                        + "   and (q.leased_until is null or q.leased_until < now())"
                        + "   order by q.next_attempt_at limit $1 for update of q skip locked)"
                        + " returning d.id, d.subscription_id, s.url, s.secret, d.body, d.attempts")
                .execute(Tuple.of(limit, leaseMillis)).map(rows -> {
                    List<Taken> taken = new ArrayList<>();
                    for (Row row : rows) {
                        taken.add(new Taken(row.getUUID("id"), row.getUUID("subscription_id"), row.getString("url"),
                                row.getString("secret"), row.getString("body"), row.getInteger("attempts")));
                    }
                    return taken;
                });
    }

    /** How one attempt went. */
    public record Outcome(boolean delivered, Integer statusCode, String error, long durationMillis) {
    }

    /**
     * Records an attempt and what follows it: delivered (and the subscription no longer failing); else retried after
     * the delay, unless that falls after the retry period, when the delivery is given up and its subscription marked
     * failing. Only the worker whose attempt it is may record it (a worker whose lease ran out and was taken over
     * finds its attempt number gone and changes nothing but the log).
     */
    public Uni<Void> record(Taken taken, java.time.Instant attemptedAt, Outcome outcome, long retryDelayMillis) {
        return pool.withTransaction(transaction -> transaction.preparedQuery("insert into webhook_attempt"
                                + " (delivery_id, attempt, attempted_at, status_code, error, duration_ms) values ($1, $2, $3, $4, $5, $6)"
                                + " on conflict do nothing")
                        .execute(Tuple.tuple().addUUID(taken.id()).addInteger(taken.attempt())
                                .addOffsetDateTime(WebhookRepository.utc(attemptedAt)).addInteger(outcome.statusCode())
                                .addString(outcome.error()).addLong(outcome.durationMillis()))
                        .chain(() -> outcome.delivered() ? delivered(transaction, taken) : failed(transaction, taken, retryDelayMillis)))
                .replaceWithVoid();
    }

    private static Uni<Void> delivered(SqlConnection transaction, Taken taken) {
        return transaction.preparedQuery("update webhook_delivery set state = 'DELIVERED', delivered_at = now(),"
                        + " next_attempt_at = null, leased_until = null where id = $1 and attempts = $2 and state = 'PENDING'")
                .execute(Tuple.of(taken.id(), taken.attempt()))
                .chain(() -> transaction.preparedQuery("update webhook_subscription set failing_since = null where id = $1")
                        .execute(Tuple.of(taken.subscriptionId())))
                .replaceWithVoid();
    }

    private static Uni<Void> failed(SqlConnection transaction, Taken taken, long retryDelayMillis) {
        return transaction.preparedQuery("update webhook_delivery set leased_until = null,"
                        + " state = case when now() + $3 * interval '1 millisecond' > retry_until then 'FAILED' else 'PENDING' end,"
                        + " next_attempt_at = case when now() + $3 * interval '1 millisecond' > retry_until then null"
                        + "   else now() + $3 * interval '1 millisecond' end"
                        + " where id = $1 and attempts = $2 and state = 'PENDING' returning state")
                .execute(Tuple.of(taken.id(), taken.attempt(), retryDelayMillis))
                .chain(rows -> rows.size() == 1 && "FAILED".equals(rows.iterator().next().getString("state"))
                        ? transaction.preparedQuery("update webhook_subscription set failing_since = coalesce(failing_since, now())"
                                + " where id = $1").execute(Tuple.of(taken.subscriptionId())).replaceWithVoid()
                        : Uni.createFrom().voidItem());
    }

    /**
     * Forgets finished deliveries (sent, or given up) whose last attempt is older than the cutoff, with their attempts:
     * the delivery log is for looking into what happened lately, not an archive that grows with every change. A
     * pending delivery is never forgotten, however old.
     *
     * @return how many deliveries were forgotten
     */
    public Uni<Integer> forgetFinished(java.time.Instant cutoff) {
        return pool.preparedQuery("delete from webhook_delivery d where d.state <> 'PENDING' and d.created_at < $1"
                        + " and not exists (select 1 from webhook_attempt a where a.delivery_id = d.id and a.attempted_at >= $1)")
                .execute(Tuple.of(WebhookRepository.utc(cutoff)))
                .map(rows -> rows.rowCount());
    }
}

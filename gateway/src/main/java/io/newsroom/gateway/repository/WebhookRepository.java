package io.newsroom.gateway.repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.newsroom.gateway.domain.ChangeSource;
import io.newsroom.gateway.domain.ChangeType;
import io.newsroom.gateway.view.Webhook;
import io.newsroom.gateway.view.WebhookDelivery;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Subscriptions and their delivery log. On the reactive SQL client rather than Hibernate, as the queue beside it is
 * (see DeliveryQueue): one store of webhook rows, one way of reading them.
 */
@ApplicationScoped
public class WebhookRepository {

    private static final String COLUMNS = "id, url, story_id, all_stories, types, secret, paused, failing_since, created_at, created_by";
    private static final String DELIVERY_COLUMNS = "id, subscription_id, source, change_id, type, state, attempts, created_at, "
            + "next_attempt_at, retry_until, delivered_at";

    private final Pool pool;

    public WebhookRepository(Pool pool) {
        this.pool = pool;
    }

    public Uni<Webhook> insert(UUID id, String url, String storyId, List<ChangeType> types, String secret, String createdBy) {
        return pool.preparedQuery("insert into webhook_subscription (id, url, story_id, all_stories, types, secret, created_by)"
                        + " values ($1, $2, $3, $4, $5, $6, $7) returning " + COLUMNS)
                .execute(Tuple.tuple().addUUID(id).addString(url).addString(storyId).addBoolean(storyId == null)
                        .addArrayOfString(types.stream().map(ChangeType::type).toArray(String[]::new)).addString(secret)
                        .addString(createdBy))
                .map(rows -> webhook(rows.iterator().next()));
    }

    /** @return the subscription, or a null item */
    public Uni<Webhook> find(UUID id) {
        return pool.preparedQuery("select " + COLUMNS + " from webhook_subscription where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.size() == 0 ? null : webhook(rows.iterator().next()));
    }

    /** Oldest first, after the (created_at, id) of the last one seen. */
    public Uni<List<Webhook>> page(Instant afterCreatedAt, UUID afterId, int limit) {
        String where = afterId == null ? "" : " where (created_at, id) > ($2, $3)";
        Tuple parameters = afterId == null ? Tuple.of(limit) : Tuple.of(limit, utc(afterCreatedAt), afterId);
        return pool.preparedQuery("select " + COLUMNS + " from webhook_subscription" + where + " order by created_at, id limit $1")
                .execute(parameters).map(rows -> list(rows, WebhookRepository::webhook));
    }

    /** @return whether there was such a subscription; its deliveries go with it */
    public Uni<Boolean> delete(UUID id) {
        return pool.preparedQuery("delete from webhook_subscription where id = $1").execute(Tuple.of(id))
                .map(rows -> rows.rowCount() == 1);
    }

    /** Pauses or resumes; resuming clears failing, as the admin says the receiver is fit again. */
    public Uni<Webhook> paused(UUID id, boolean paused) {
        return pool.preparedQuery("update webhook_subscription set paused = $2,"
                        + " failing_since = case when $2 then failing_since else null end where id = $1 returning " + COLUMNS)
                .execute(Tuple.of(id, paused)).map(rows -> rows.size() == 0 ? null : webhook(rows.iterator().next()));
    }

    /** A subscription's deliveries, newest first, after the (created_at, id) of the last one seen, with their attempts. */
    public Uni<List<WebhookDelivery>> deliveries(UUID subscriptionId, Instant afterCreatedAt, UUID afterId, int limit) {
        String where = afterId == null ? "" : " and (created_at, id) < ($3, $4)";
        Tuple parameters = afterId == null ? Tuple.of(subscriptionId, limit) : Tuple.of(subscriptionId, limit, utc(afterCreatedAt), afterId);
        return pool.preparedQuery("select " + DELIVERY_COLUMNS + " from webhook_delivery where subscription_id = $1" + where
                        + " order by created_at desc, id desc limit $2")
                .execute(parameters).chain(rows -> withAttempts(list(rows, row -> row)));
    }

    /** @return the delivery of the subscription, or a null item */
    public Uni<WebhookDelivery> delivery(UUID subscriptionId, UUID deliveryId) {
        return pool.preparedQuery("select " + DELIVERY_COLUMNS + " from webhook_delivery where subscription_id = $1 and id = $2")
                .execute(Tuple.of(subscriptionId, deliveryId))
                .chain(rows -> withAttempts(list(rows, row -> row))).map(found -> found.isEmpty() ? null : found.get(0));
    }

    /**
     * Makes the delivery due again now, for another retry period, with the same webhook-id. One that is being sent
     * right now keeps its worker's lease, so it is not sent twice at once; the next attempt follows that one.
     *
     * @return whether the subscription has that delivery
     */
    public Uni<Boolean> redeliver(UUID subscriptionId, UUID deliveryId, long retryForMillis) {
        return pool.preparedQuery("update webhook_delivery set"
                        + " leased_until = case when state = 'PENDING' then leased_until else null end,"
                        + " state = 'PENDING', next_attempt_at = now(), delivered_at = null,"
                        + " retry_until = now() + $3 * interval '1 millisecond'"
                        + " where subscription_id = $1 and id = $2")
                .execute(Tuple.of(subscriptionId, deliveryId, retryForMillis)).map(rows -> rows.rowCount() == 1);
    }

    private Uni<List<WebhookDelivery>> withAttempts(List<Row> deliveries) {
        if (deliveries.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        UUID[] ids = deliveries.stream().map(row -> row.getUUID("id")).toArray(UUID[]::new);
        return pool.preparedQuery("select delivery_id, attempt, attempted_at, status_code, error, duration_ms from webhook_attempt"
                        + " where delivery_id = any($1) order by delivery_id, attempt")
                .execute(Tuple.of(ids)).map(rows -> {
                    Map<UUID, List<WebhookDelivery.Attempt>> attempts = new LinkedHashMap<>();
                    for (Row row : rows) {
                        attempts.computeIfAbsent(row.getUUID("delivery_id"), k -> new ArrayList<>())
                                .add(new WebhookDelivery.Attempt(row.getInteger("attempt"), instant(row, "attempted_at"),
                                        row.getInteger("status_code"), row.getString("error"), row.getLong("duration_ms")));
                    }
                    return deliveries.stream().map(row -> delivery(row, attempts.getOrDefault(row.getUUID("id"), List.of()))).toList();
                });
    }

    private static Webhook webhook(Row row) {
        Instant failingSince = instant(row, "failing_since");
        String[] types = row.getArrayOfStrings("types");
        return new Webhook(row.getUUID("id"), row.getString("url"), row.getString("story_id"), row.getBoolean("all_stories"),
                types == null ? List.of() : Arrays.stream(types).map(ChangeType::named).filter(Objects::nonNull).toList(),
                row.getBoolean("paused") ? Webhook.State.PAUSED : Webhook.State.ACTIVE, failingSince != null, failingSince,
                instant(row, "created_at"), row.getString("created_by"), null);
    }

    private static WebhookDelivery delivery(Row row, List<WebhookDelivery.Attempt> attempts) {
        return new WebhookDelivery(row.getUUID("id"), row.getUUID("subscription_id"), ChangeSource.of(row.getString("source")),
                Long.toString(row.getLong("change_id")), row.getString("type"),
                WebhookDelivery.State.valueOf(row.getString("state")), row.getInteger("attempts"), instant(row, "created_at"),
                instant(row, "next_attempt_at"), instant(row, "retry_until"), instant(row, "delivered_at"), attempts);
    }

    static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static <T> List<T> list(RowSet<Row> rows, java.util.function.Function<Row, T> each) {
        List<T> items = new ArrayList<>();
        for (Row row : rows) {
            items.add(each.apply(row));
        }
        return items;
    }
}

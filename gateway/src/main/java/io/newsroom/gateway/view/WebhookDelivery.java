package io.newsroom.gateway.view;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.ChangeSource;

@Schema(name = "WebhookDelivery", description = "One change sent (or being sent) to one subscription, with every attempt",
        requiredProperties = { "id", "webhookId", "source", "changeId", "type", "state", "attempts", "createdAt",
                "nextAttemptAt", "retryUntil", "deliveredAt", "attemptLog" })
public record WebhookDelivery(
        @Schema(description = "Id of the delivery: the webhook-id header of every attempt, the same on retries and "
                + "redeliveries, for receivers to drop duplicates", examples = "9d1e0000-0000-4000-8000-000000000001") UUID id,
        @Schema(description = "Id of the subscription", examples = "3f2a0000-0000-4000-8000-000000000001") UUID webhookId,
        @Schema(description = "The service whose feed the change is from") ChangeSource source,
        @Schema(description = "Position of the change in that service's feed", examples = "1234") String changeId,
        @Schema(description = "Type of the change", ref = "ChangeType", examples = "event.updated") String type,
        @Schema(description = "PENDING while it is to be sent or retried, DELIVERED once the receiver answered 2xx, "
                + "FAILED when retries were given up") State state,
        @Schema(description = "Attempts made so far") int attempts,
        @Schema(description = "When the delivery was made", examples = "2025-11-28T10:00:00Z") Instant createdAt,
        @Schema(description = "When the next attempt is due; null unless PENDING", nullable = true,
                examples = "2025-11-28T10:00:05Z") Instant nextAttemptAt,
        @Schema(description = "Retries stop after this", examples = "2025-11-29T10:00:00Z") Instant retryUntil,
        @Schema(description = "When the receiver accepted it; null until it did", nullable = true, examples = "2025-11-28T10:00:01Z")
        Instant deliveredAt,
        @Schema(description = "Every attempt, first first") List<Attempt> attemptLog) {

    @Schema(name = "WebhookDeliveryState", description = "PENDING while it is to be sent or retried, DELIVERED once the "
            + "receiver answered 2xx, FAILED when retries were given up")
    public enum State {
        PENDING, DELIVERED, FAILED
    }

    @Schema(name = "WebhookAttempt", description = "One attempt to send a delivery", requiredProperties = { "attempt",
            "attemptedAt", "statusCode", "error", "durationMs" })
    public record Attempt(
            @Schema(description = "1 for the first attempt") int attempt,
            @Schema(description = "When it was sent", examples = "2025-11-28T10:00:00Z") Instant attemptedAt,
            @Schema(description = "The receiver's HTTP status; null when it could not be reached", nullable = true,
                    examples = "503") Integer statusCode,
            @Schema(description = "Why it failed, when it did and no status says it", nullable = true,
                    examples = "no answer within PT10S") String error,
            @Schema(description = "How long the attempt took, in milliseconds", examples = "120") long durationMs) {
    }
}

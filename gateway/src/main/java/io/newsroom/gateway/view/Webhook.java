package io.newsroom.gateway.view;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.newsroom.gateway.domain.ChangeType;

@Schema(name = "Webhook", description = "A receiver subscribed to a story's changes (or all), sent signed per the "
        + "Standard Webhooks specification", requiredProperties = { "id", "url", "storyId", "allStories", "types", "state", "failing",
                "failingSince", "createdAt", "createdBy" })
public record Webhook(
        @Schema(description = "Id of the subscription", examples = "3f2a0000-0000-4000-8000-000000000001") UUID id,
        @Schema(description = "Where deliveries are sent", examples = "https://cms.example.org/hooks/newsroom") String url,
        @Schema(description = "The one story subscribed to; null with allStories", nullable = true, examples = "ukraine-peace-plan")
        String storyId,
        @Schema(description = "Whether every story's changes (and outlets' and actors') are sent") boolean allStories,
        @Schema(description = "The change types sent; empty for every type") List<ChangeType> types,
        @Schema(description = "ACTIVE is sent to; PAUSED gets no deliveries for changes while paused") State state,
        @Schema(description = "Whether a delivery was given up after the retry period and none has succeeded since")
        boolean failing,
        @Schema(description = "When it started failing; null while it is not failing", nullable = true, examples = "2025-11-29T10:00:00Z") Instant failingSince,
        @Schema(description = "When it was subscribed", examples = "2025-11-28T10:00:00Z") Instant createdAt,
        @Schema(description = "Subject of the admin who subscribed it", examples = "local:test-desk") String createdBy,
        @Schema(description = "The signing secret (whsec_ + base64), only in the answer that creates the subscription: "
                + "keep it, it is never shown again", examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        @JsonInclude(JsonInclude.Include.NON_NULL) String secret) {

    @Schema(name = "WebhookState", description = "ACTIVE is sent to; PAUSED gets no deliveries for changes while paused")
    public enum State {
        ACTIVE, PAUSED
    }

    public Webhook withSecret(String shownOnce) {
        return new Webhook(id, url, storyId, allStories, types, state, failing, failingSince, createdAt, createdBy, shownOnce);
    }
}

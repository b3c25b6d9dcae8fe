package io.newsroom.gateway.view;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Webhooks", description = "One page of subscriptions, oldest first", requiredProperties = { "items", "nextCursor" })
public record Webhooks(List<Webhook> items,
        @Schema(description = "Pass as 'after' for the next page; null on the last", nullable = true) String nextCursor) {
}

package io.newsroom.gateway.view;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDeliveries", description = "One page of a subscription's delivery log, newest first",
        requiredProperties = { "items", "nextCursor" })
public record WebhookDeliveries(List<WebhookDelivery> items,
        @Schema(description = "Pass as 'after' for the next page; null on the last", nullable = true) String nextCursor) {
}

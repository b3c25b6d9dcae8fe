package io.newsroom.claims.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/**
 * One change in timeline-service's feed, as its contract describes it: its position ({@code id}, decimal,
 * strictly increasing), its type ({@code article.retracted}, {@code event.deleted}...), what it changed and
 * the resource as that revision recorded it ({@code data}). Fields it adds later are ignored (TolerantJson).
 */
public record TimelineChange(String id, String type, String storyId, String resourceType, String resourceId,
                             Integer revision, String revisionId, Instant recordedAt, JsonNode data) {
}

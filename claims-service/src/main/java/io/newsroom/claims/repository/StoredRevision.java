package io.newsroom.claims.repository;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsroom.claims.domain.RevisionAction;
import java.time.Instant;
import java.util.UUID;

/** A revision as stored: what a write needs of the one before it, and what a restore brings back. */
public record StoredRevision(String resourceType, UUID resourceId, String storyId, UUID claimId, int number,
                             RevisionAction action, Instant recordedAt, Integer version, JsonNode state) {
}

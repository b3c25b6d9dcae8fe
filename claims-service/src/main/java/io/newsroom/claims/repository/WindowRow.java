package io.newsroom.claims.repository;

import io.newsroom.claims.domain.ClaimStatus;
import java.util.List;
import java.util.Map;

/** The claims half of a story view as the window query returns it; statuses no claim has are absent. */
public record WindowRow(List<ClaimRow> claims, List<ClaimRow> disputes, List<ActorRow> actors, int claimCount,
                        int stanceCount, Map<ClaimStatus, Integer> byStatus, int actorCount) {
}

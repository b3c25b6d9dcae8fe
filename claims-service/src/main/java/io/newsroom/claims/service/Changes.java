package io.newsroom.claims.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.newsroom.claims.api.Revision;
import io.newsroom.claims.domain.RevisedResource;
import io.newsroom.claims.domain.RevisionAction;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields a write changed, between two states of a resource in its API representation, field by
 * field at the top level. Left out: {@code updatedAt}, which every write moves and the revision's own
 * time says; on a claim, the parts revised on their own (appearances, stances) and the claimant's
 * name and kind, which change with the actor (claimantId says who). An actor named in a stance is
 * compared by its id for the same reason.
 */
final class Changes {

    private static final Map<RevisedResource, Set<String>> LEFT_OUT = Map.of(
            RevisedResource.CLAIM, Set.of("updatedAt", "appearances", "firstAppearance", "stances", "claimant"),
            RevisedResource.ACTOR, Set.of("updatedAt"));
    private static final Map<RevisedResource, Set<String>> BY_ID = Map.of(RevisedResource.STANCE, Set.of("actor"));

    private Changes() {
    }

    /**
     * @param before the state before the write (null for a creation)
     * @param after  the state after it (for a delete, the state it had)
     */
    static List<Revision.Change> of(RevisedResource type, RevisionAction action, JsonNode before, JsonNode after) {
        return switch (action) {
            case CREATED, RESTORED -> between(type, null, after);
            case DELETED -> between(type, after, null);
            case UPDATED -> between(type, before, after);
        };
    }

    private static List<Revision.Change> between(RevisedResource type, JsonNode before, JsonNode after) {
        Set<String> fields = new LinkedHashSet<>();
        fields.addAll(names(after));
        fields.addAll(names(before));
        fields.removeAll(LEFT_OUT.getOrDefault(type, Set.of()));
        List<Revision.Change> changes = new ArrayList<>();
        for (String field : fields) {
            JsonNode old = value(before, field);
            JsonNode now = value(after, field);
            if (!same(type, field, old, now)) {
                changes.add(new Revision.Change(field, old.isNull() ? null : old, now.isNull() ? null : now));
            }
        }
        return changes;
    }

    private static boolean same(RevisedResource type, String field, JsonNode old, JsonNode now) {
        if (BY_ID.getOrDefault(type, Set.of()).contains(field)) {
            return old.path("id").equals(now.path("id"));
        }
        return old.equals(now);
    }

    private static JsonNode value(JsonNode state, String field) {
        JsonNode value = state == null ? null : state.get(field);
        return value == null ? NullNode.getInstance() : value;
    }

    private static List<String> names(JsonNode state) {
        List<String> names = new ArrayList<>();
        if (state != null) {
            for (Iterator<String> it = state.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
        }
        return names;
    }
}

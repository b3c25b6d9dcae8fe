package io.newsroom.timeline.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a write did. CREATED: the resource was recorded. UPDATED: fields changed (a status"
        + " transition updates its event). DELETED: it was deleted; an admin may restore it within the restore"
        + " retention. RESTORED: a deleted resource was brought back from its last state.")
public enum RevisionAction {
    CREATED, UPDATED, DELETED, RESTORED
}

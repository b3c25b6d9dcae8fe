package io.newsroom.claims.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What a write did. CREATED: the resource was recorded. UPDATED: fields of it changed. "
        + "DELETED: it was removed (an admin may restore a claim or actor within the retention). RESTORED: a deleted "
        + "one was brought back as it was.")
public enum RevisionAction {
    CREATED, UPDATED, DELETED, RESTORED
}

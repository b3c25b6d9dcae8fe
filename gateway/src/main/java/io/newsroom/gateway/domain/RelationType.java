package io.newsroom.gateway.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How one event relates to another")
public enum RelationType {
    PART_OF, FOLLOWS, REVISES, CONTRADICTS
}

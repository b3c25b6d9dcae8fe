package io.newsroom.gateway.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The kinds of change the services' feeds carry, {@code <resource>.<action>}: a closed set, so a subscription or a
 * filter naming a type no feed has is refused instead of silently never matching. An article revision that changes
 * its status is typed by the new status (corrected, retracted, published) instead of updated.
 */
@Schema(name = "ChangeType", type = SchemaType.STRING, description = "A kind of change, <resource>.<action>",
        enumeration = { "story.created", "story.updated", "story.deleted", "story.restored", "outlet.created", "outlet.updated", "outlet.deleted", "outlet.restored", "article.created", "article.updated", "article.deleted", "article.restored", "article.corrected", "article.retracted", "article.published", "event.created", "event.updated", "event.deleted", "event.restored", "transition.created", "transition.updated", "transition.deleted", "transition.restored", "event-relation.created", "event-relation.updated", "event-relation.deleted", "event-relation.restored", "actor.created", "actor.updated", "actor.deleted", "actor.restored", "claim.created", "claim.updated", "claim.deleted", "claim.restored", "appearance.created", "appearance.updated", "appearance.deleted", "appearance.restored", "stance.created", "stance.updated", "stance.deleted", "stance.restored", "verdict.created", "verdict.updated", "verdict.deleted", "verdict.restored", "claim-relation.created", "claim-relation.updated", "claim-relation.deleted", "claim-relation.restored" })
public enum ChangeType {
    STORY_CREATED("story.created", ChangeSource.TIMELINE),
    STORY_UPDATED("story.updated", ChangeSource.TIMELINE),
    STORY_DELETED("story.deleted", ChangeSource.TIMELINE),
    STORY_RESTORED("story.restored", ChangeSource.TIMELINE),
    OUTLET_CREATED("outlet.created", ChangeSource.TIMELINE),
    OUTLET_UPDATED("outlet.updated", ChangeSource.TIMELINE),
    OUTLET_DELETED("outlet.deleted", ChangeSource.TIMELINE),
    OUTLET_RESTORED("outlet.restored", ChangeSource.TIMELINE),
    ARTICLE_CREATED("article.created", ChangeSource.TIMELINE),
    ARTICLE_UPDATED("article.updated", ChangeSource.TIMELINE),
    ARTICLE_DELETED("article.deleted", ChangeSource.TIMELINE),
    ARTICLE_RESTORED("article.restored", ChangeSource.TIMELINE),
    ARTICLE_CORRECTED("article.corrected", ChangeSource.TIMELINE),
    ARTICLE_RETRACTED("article.retracted", ChangeSource.TIMELINE),
    ARTICLE_PUBLISHED("article.published", ChangeSource.TIMELINE),
    EVENT_CREATED("event.created", ChangeSource.TIMELINE),
    EVENT_UPDATED("event.updated", ChangeSource.TIMELINE),
    EVENT_DELETED("event.deleted", ChangeSource.TIMELINE),
    EVENT_RESTORED("event.restored", ChangeSource.TIMELINE),
    TRANSITION_CREATED("transition.created", ChangeSource.TIMELINE),
    TRANSITION_UPDATED("transition.updated", ChangeSource.TIMELINE),
    TRANSITION_DELETED("transition.deleted", ChangeSource.TIMELINE),
    TRANSITION_RESTORED("transition.restored", ChangeSource.TIMELINE),
    EVENT_RELATION_CREATED("event-relation.created", ChangeSource.TIMELINE),
    EVENT_RELATION_UPDATED("event-relation.updated", ChangeSource.TIMELINE),
    EVENT_RELATION_DELETED("event-relation.deleted", ChangeSource.TIMELINE),
    EVENT_RELATION_RESTORED("event-relation.restored", ChangeSource.TIMELINE),
    ACTOR_CREATED("actor.created", ChangeSource.CLAIMS),
    ACTOR_UPDATED("actor.updated", ChangeSource.CLAIMS),
    ACTOR_DELETED("actor.deleted", ChangeSource.CLAIMS),
    ACTOR_RESTORED("actor.restored", ChangeSource.CLAIMS),
    CLAIM_CREATED("claim.created", ChangeSource.CLAIMS),
    CLAIM_UPDATED("claim.updated", ChangeSource.CLAIMS),
    CLAIM_DELETED("claim.deleted", ChangeSource.CLAIMS),
    CLAIM_RESTORED("claim.restored", ChangeSource.CLAIMS),
    APPEARANCE_CREATED("appearance.created", ChangeSource.CLAIMS),
    APPEARANCE_UPDATED("appearance.updated", ChangeSource.CLAIMS),
    APPEARANCE_DELETED("appearance.deleted", ChangeSource.CLAIMS),
    APPEARANCE_RESTORED("appearance.restored", ChangeSource.CLAIMS),
    STANCE_CREATED("stance.created", ChangeSource.CLAIMS),
    STANCE_UPDATED("stance.updated", ChangeSource.CLAIMS),
    STANCE_DELETED("stance.deleted", ChangeSource.CLAIMS),
    STANCE_RESTORED("stance.restored", ChangeSource.CLAIMS),
    VERDICT_CREATED("verdict.created", ChangeSource.CLAIMS),
    VERDICT_UPDATED("verdict.updated", ChangeSource.CLAIMS),
    VERDICT_DELETED("verdict.deleted", ChangeSource.CLAIMS),
    VERDICT_RESTORED("verdict.restored", ChangeSource.CLAIMS),
    CLAIM_RELATION_CREATED("claim-relation.created", ChangeSource.CLAIMS),
    CLAIM_RELATION_UPDATED("claim-relation.updated", ChangeSource.CLAIMS),
    CLAIM_RELATION_DELETED("claim-relation.deleted", ChangeSource.CLAIMS),
    CLAIM_RELATION_RESTORED("claim-relation.restored", ChangeSource.CLAIMS);

    private static final Map<String, ChangeType> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ChangeType::type, Function.identity()));

    private final String type;
    private final ChangeSource source;

    ChangeType(String type, ChangeSource source) {
        this.type = type;
        this.source = source;
    }

    @JsonValue
    public String type() {
        return type;
    }

    /** The service whose feed carries changes of this type. */
    public ChangeSource source() {
        return source;
    }

    /** @return the type of that name, or null when no feed has it */
    @JsonCreator
    public static ChangeType named(String type) {
        return type == null ? null : BY_NAME.get(type);
    }
}

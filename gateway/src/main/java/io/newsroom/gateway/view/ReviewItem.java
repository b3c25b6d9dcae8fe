package io.newsroom.gateway.view;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A fact of the story whose evidence changed since it was recorded: an event (from the "
        + "timeline-service) or a claim (from the claims-service), with every reason it needs the desk's look")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewItem(
        @Schema(required = true, type = SchemaType.STRING, enumeration = { EVENT, CLAIM },
                description = "event or claim: which service keeps the fact, and where to fix it") String kind,
        @Schema(required = true, description = "The event's or the claim's id in its service",
                example = "1e7a0000-0000-4000-8000-000000000001") String id,
        @Schema(description = "The event's title, for an event; absent for a claim", example = "Delegations meet in Geneva") String title,
        @Schema(description = "What was claimed, for a claim; absent for an event", example = "The plan was drafted in Moscow") String proposition,
        @Schema(required = true, description = "Why it needs a look, at least one") List<ReviewReason> reasons) {

    public static final String EVENT = "event";
    public static final String CLAIM = "claim";
}

package io.newsroom.timeline.api;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A fact whose evidence changed, for the desk to confirm or fix.")
public record ReviewItem(
        @Schema(required = true, example = "event", enumeration = "event",
                description = "What the fact is: always \"event\" here (claims-service lists \"claim\").")
        String kind,
        @Schema(required = true, description = "Id of the event.")
        UUID id,
        @Schema(required = true, description = "The event's title.", example = "Witkoff visits Moscow")
        String title,
        @Schema(required = true, description = "Each corrected or retracted article the event cites, in citation order.")
        List<ReviewReason> reasons) {

    public static ReviewItem event(UUID id, String title, List<ReviewReason> reasons) {
        return new ReviewItem("event", id, title, reasons);
    }
}

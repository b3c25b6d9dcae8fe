package io.newsroom.timeline.api;

import io.newsroom.timeline.domain.EventKind;
import io.newsroom.timeline.domain.EventStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An event to create or to replace (all editable fields). Give exactly one of 'when' and"
        + " 'relativeWhen'.")
public record EventInput(
        @Schema(required = true, example = "Witkoff visits Moscow")
        @NotBlank @Size(max = 300)
        String title,
        @Size(max = 10000)
        String description,
        @Schema(description = "BCP 47 tag of the language of title and description (en, ru, pt-BR); search stems"
                + " words in it where PostgreSQL can. Stored in canonical case; an invalid tag is 422.", example = "en")
        @Size(max = 35)
        String language,
        @Schema(required = true)
        @NotNull
        EventKind kind,
        @Schema(description = "The date as EDTF (only 'edtf' is read).")
        @Valid
        DateValue when,
        @Schema(description = "The date as a relative phrase with its anchor; the service resolves it and keeps"
                + " phrase and anchor, so a later replace with a corrected anchor re-resolves it.")
        @Valid
        RelativeDate relativeWhen,
        @Schema(description = "When it ended; must not lie entirely before 'when'.")
        @Valid
        DateValue end,
        @Valid
        Location location,
        @Size(max = 100)
        List<@NotNull @Valid Participant> participants,
        @Schema(description = "Initial status on create (default SCHEDULED); OCCURRED only for a date that has begun"
                + " (else 422 transition-refused). Not a field of replace: a replace that sends it is 422 naming"
                + " status; change the status with a transition (createTransition), which cites its report.")
        EventStatus status,
        @Size(max = 100)
        List<@NotNull @Valid Citation> citations,
        @Schema(description = "Manual order for ties: lower first, before events without one.")
        @Min(0) @Max(MAX_POSITION)
        Integer position) {

    /**
     * A desk orders the few events of one date; a million leaves room for gaps between them and stays below the sort
     * key events without a position take (the largest integer).
     */
    public static final int MAX_POSITION = 1_000_000;
}

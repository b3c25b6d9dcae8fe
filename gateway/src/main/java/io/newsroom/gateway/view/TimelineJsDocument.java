package io.newsroom.gateway.view;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.newsroom.gateway.domain.EventKind;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A story in TimelineJS 3 JSON, loadable by the public TimelineJS viewer as it is")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineJsDocument(
        @Schema(required = true, description = "The title slide") Slide title,
        @Schema(required = true, description = "One slide per event, in timeline order") List<Slide> events) {

    @Schema(name = "TimelineJsSlide", description = "A TimelineJS slide")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Slide(
            @Schema(description = "When the event began; absent on the title slide") @JsonProperty("start_date") Date startDate,
            @Schema(description = "When it ended, for an event that lasts or a date that spans days; absent otherwise")
            @JsonProperty("end_date") Date endDate,
            @Schema(description = "How the date reads when its parts alone would overstate it (approximate, "
                    + "uncertain, a week, not happened yet, cancelled, or expected and not confirmed); absent when they do not")
            @JsonProperty("display_date") String displayDate,
            @Schema(required = true) Text text,
            @Schema(description = "The event kind, so the viewer draws one row per kind; absent on the title slide")
            EventKind group,
            @Schema(description = "The event's id; absent on the title slide") @JsonProperty("unique_id") String uniqueId) {
    }

    @Schema(name = "TimelineJsDate", description = "A date cut to its precision: parts finer than known are left out")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Date(
            @Schema(required = true) Integer year,
            @Schema(description = "Absent when the date is known to the year only") Integer month,
            @Schema(description = "Absent when the date is known to the month or year only") Integer day,
            @Schema(description = "Absent unless the date is known to the minute") Integer hour,
            @Schema(description = "Absent unless the date is known to the minute") Integer minute) {
    }

    @Schema(name = "TimelineJsText", description = "Headline and HTML text of a slide")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Text(
            @Schema(required = true, description = "The story's or the event's title") String headline,
            @Schema(description = "HTML text: the story's summary or the event's details; absent when there are none")
            String text) {
    }
}

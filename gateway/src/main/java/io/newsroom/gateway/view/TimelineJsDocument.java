package io.newsroom.gateway.view;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A story in TimelineJS 3 JSON, loadable by the public TimelineJS viewer as it is")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineJsDocument(
        @Schema(description = "The title slide") Slide title,
        @Schema(description = "One slide per event, in timeline order") List<Slide> events) {

    @Schema(name = "TimelineJsSlide", description = "A TimelineJS slide")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Slide(
            @JsonProperty("start_date") Date startDate,
            @JsonProperty("end_date") Date endDate,
            @Schema(description = "How the date reads when its parts alone would overstate it (approximate, "
                    + "uncertain, a week, not happened yet, cancelled, or expected and not confirmed)")
            @JsonProperty("display_date") String displayDate,
            Text text,
            @Schema(description = "The event kind, so the viewer draws one row per kind") String group,
            @JsonProperty("unique_id") String uniqueId) {
    }

    @Schema(name = "TimelineJsDate", description = "A date cut to its precision: parts finer than known are left out")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Date(Integer year, Integer month, Integer day, Integer hour, Integer minute) {
    }

    @Schema(name = "TimelineJsText", description = "Headline and HTML text of a slide")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Text(String headline, String text) {
    }
}

package io.newsroom.gateway.domain;

import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Something that happened, or is scheduled to happen, in a story")
public record Event(
        @Schema(description = "Id in the source system; relations and claims refer to events by it")
        @Size(max = StoryBundle.MAX_KEY_LENGTH) String id,
        @Schema(required = true) @Size(max = 300) String title,
        @Schema(nullable = true) @Size(max = 10000) String description,
        EventKind kind,
        @Schema(required = true) @Valid EdtfDate when,
        @Schema(description = "When a lasting event ended, if it did; null for the others", nullable = true) @Valid EdtfDate end,
        @Schema(description = "Where it took place; null when not known", nullable = true) @Valid Location location,
        @Size(max = 100) List<@Valid Participant> participants,
        EventStatus status,
        @Schema(description = "True when the event was SCHEDULED, POSTPONED or RESCHEDULED and the latest instant of its "
                + "date has passed with nothing recorded since: it may have happened, or not. Set by the "
                + "timeline-service; ignored on import.")
        boolean overdue,
        @Size(max = 100) List<@Valid Citation> citations,
        @Schema(description = "Explicit tie-breaker among events with the same dates; null for none", nullable = true) @Min(0) @Max(MAX_POSITION) Integer position,
        @Schema(description = "Ignored on import") Instant updatedAt) {

    /** As timeline-service takes it: a desk orders the few events of one date. */
    public static final int MAX_POSITION = 1_000_000;

    /** Thirteen parts, most of them optional: named when built, so a null never lands in the wrong one. */
    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder().id(id).title(title).description(description).kind(kind).when(when).end(end)
                .location(location).participants(participants).status(status).overdue(overdue).citations(citations).position(position)
                .updatedAt(updatedAt);
    }

    public static final class Builder {
        private String id;
        private String title;
        private String description;
        private EventKind kind;
        private EdtfDate when;
        private EdtfDate end;
        private Location location;
        private List<Participant> participants = List.of();
        private EventStatus status;
        private boolean overdue;
        private List<Citation> citations = List.of();
        private Integer position;
        private Instant updatedAt;

        private Builder() {
        }

        public Builder id(String id) {
            this.id = id;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        public Builder kind(EventKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder when(EdtfDate when) {
            this.when = when;
            return this;
        }

        public Builder end(EdtfDate end) {
            this.end = end;
            return this;
        }

        public Builder location(Location location) {
            this.location = location;
            return this;
        }

        public Builder participants(List<Participant> participants) {
            this.participants = participants;
            return this;
        }

        public Builder status(EventStatus status) {
            this.status = status;
            return this;
        }

        public Builder overdue(boolean overdue) {
            this.overdue = overdue;
            return this;
        }

        public Builder citations(List<Citation> citations) {
            this.citations = citations;
            return this;
        }

        public Builder position(Integer position) {
            this.position = position;
            return this;
        }

        public Builder updatedAt(Instant updatedAt) {
            this.updatedAt = updatedAt;
            return this;
        }

        public Event build() {
            return new Event(id, title, description, kind, when, end, location, participants, status, overdue, citations, position,
                    updatedAt);
        }
    }
}

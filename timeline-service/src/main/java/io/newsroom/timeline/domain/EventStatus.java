package io.newsroom.timeline.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Lifecycle of an event (schema.org EventStatusType plus OCCURRED). The transition table below is
 * the single source of truth; the OpenAPI description repeats it for client developers.
 */
@Schema(description = "Status of an event. SCHEDULED: announced, not yet happened. OCCURRED: it happened"
        + " (final). POSTPONED: put off without a new date. RESCHEDULED: moved to a new date (the previous"
        + " date stays in the history). CANCELLED: will not happen (final). Allowed transitions:"
        + " SCHEDULED -> OCCURRED | POSTPONED | RESCHEDULED | CANCELLED;"
        + " POSTPONED -> RESCHEDULED | CANCELLED | OCCURRED;"
        + " RESCHEDULED -> OCCURRED | POSTPONED | RESCHEDULED | CANCELLED;"
        + " OCCURRED and CANCELLED are final.")
public enum EventStatus {
    SCHEDULED("is scheduled", "become scheduled"),
    OCCURRED("occurred", "occur"),
    POSTPONED("is postponed", "be postponed"),
    RESCHEDULED("was rescheduled", "be rescheduled"),
    CANCELLED("was cancelled", "be cancelled");

    private static final Map<EventStatus, Set<EventStatus>> ALLOWED = Map.of(
            SCHEDULED, EnumSet.of(OCCURRED, POSTPONED, RESCHEDULED, CANCELLED),
            POSTPONED, EnumSet.of(RESCHEDULED, CANCELLED, OCCURRED),
            // RESCHEDULED -> RESCHEDULED: a new date can be moved again.
            RESCHEDULED, EnumSet.of(OCCURRED, POSTPONED, RESCHEDULED, CANCELLED),
            OCCURRED, EnumSet.noneOf(EventStatus.class),
            CANCELLED, EnumSet.noneOf(EventStatus.class));

    /** How many statuses there are: a filter names each at most once (a constant, for annotations). */
    public static final int COUNT = 5;

    /**
     * Still expected, not yet confirmed: the status of an event that becomes overdue once its time
     * has passed. The partial indexes of migration V9 name the same three statuses.
     */
    public static final Set<EventStatus> AWAITING_CONFIRMATION = EnumSet.of(SCHEDULED, POSTPONED, RESCHEDULED);

    public boolean awaitsConfirmation() {
        return AWAITING_CONFIRMATION.contains(this);
    }

    private final String clause;
    private final String becoming;

    EventStatus(String clause, String becoming) {
        this.clause = clause;
        this.becoming = becoming;
    }

    public boolean isFinal() {
        return ALLOWED.get(this).isEmpty();
    }

    public boolean canBecome(EventStatus next) {
        return ALLOWED.get(this).contains(next);
    }

    /** A sentence a newsroom developer can act on, e.g. "an event that occurred cannot become scheduled: ...". */
    public String refusal(EventStatus next) {
        String reason = isFinal()
                ? name() + " is a final status"
                : "from " + name() + " it can only become " + ALLOWED.get(this).stream()
                        .map(Enum::name).collect(Collectors.joining(", "));
        return "an event that " + clause + " cannot " + next.becoming + ": " + reason;
    }
}

package io.newsroom.timeline.mapping;

import io.newsroom.stylebook.Edtf;
import io.newsroom.timeline.api.Anchor;
import io.newsroom.timeline.api.Citation;
import io.newsroom.timeline.api.DateValue;
import io.newsroom.timeline.api.Event;
import io.newsroom.timeline.api.Location;
import io.newsroom.timeline.api.Participant;
import io.newsroom.timeline.api.Relation;
import io.newsroom.timeline.api.RelativeDate;
import io.newsroom.timeline.api.Transition;
import io.newsroom.timeline.domain.EventCitationEntity;
import io.newsroom.timeline.domain.EventEntity;
import io.newsroom.timeline.domain.EventParticipantEntity;
import io.newsroom.timeline.domain.EventRelationEntity;
import io.newsroom.timeline.domain.EventStatus;
import io.newsroom.timeline.domain.EventTransitionEntity;
import java.util.List;

public final class EventMapper {

    private EventMapper() {
    }

    public static Event toApi(EventEntity event, EventStatus status, List<EventParticipantEntity> participants,
            List<EventCitationEntity> citations) {
        RelativeDate resolvedFrom = event.relativePhrase == null ? null
                : new RelativeDate(event.relativePhrase, new Anchor(event.anchorArticleId, event.anchorPublishedAt, event.anchorZone));
        Location location = event.locationName == null ? null
                : new Location(event.locationName, event.latitude, event.longitude);
        return new Event(event.id, event.storyId, event.title, event.description, event.language, event.kind,
                date(event.whenEdtf, resolvedFrom), date(event.endEdtf, null), location,
                participants.stream().map(p -> new Participant(p.name, p.wikidataId)).toList(),
                status,
                citations.stream().map(c -> new Citation(c.url, c.outlet, c.title, c.publishedAt, c.quote)).toList(),
                event.position, event.recordedAt, event.updatedAt);
    }

    /** The full date object, derived again from the stored text so it can never disagree with it. */
    public static DateValue date(String edtf, RelativeDate resolvedFrom) {
        if (edtf == null) {
            return null;
        }
        Edtf parsed = Edtf.parse(edtf);
        return new DateValue(parsed.text(), parsed.precision(), parsed.earliest(), parsed.latest(),
                parsed.approximate(), parsed.uncertain(), resolvedFrom);
    }

    public static Transition toApi(EventTransitionEntity t) {
        Citation citation = t.citationUrl == null ? null
                : new Citation(t.citationUrl, t.citationOutlet, t.citationTitle, t.citationPublishedAt, t.citationQuote);
        return new Transition(t.id, t.eventId, t.fromStatus, t.toStatus, t.at, t.recordedAt,
                date(t.previousWhenEdtf, null), date(t.newWhenEdtf, null), citation);
    }

    public static Relation toApi(EventRelationEntity r) {
        return new Relation(r.id, r.storyId, r.fromEventId, r.toEventId, r.type, r.recordedAt);
    }
}

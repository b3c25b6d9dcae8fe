package io.newsroom.timeline.mapping;

import io.newsroom.stylebook.Edtf;
import io.newsroom.timeline.api.Anchor;
import io.newsroom.timeline.api.Article;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
                status, false,
                citations.stream().map(c -> new Citation(c.url, c.outlet, c.title, c.publishedAt, c.quote)).toList(),
                event.position, event.recordedAt, event.updatedAt);
    }

    /**
     * The event with each citation flagged by the article it cites, from the articles (as they stand,
     * or stood then) that are CORRECTED or RETRACTED among those the event cites.
     */
    public static Event flag(Event event, List<Article> flaggedArticles) {
        if (flaggedArticles.isEmpty()) {
            return event;
        }
        Map<String, Article> byUrl = new HashMap<>();
        flaggedArticles.forEach(article -> byUrl.put(article.url(), article));
        return event.citing(event.citations().stream().map(c -> {
            Article cited = byUrl.get(c.url());
            return cited == null ? c : c.citing(cited.status(), cited.statusNote());
        }).toList());
    }

    /** An event's rows: the event and its participants and citations in their order. */
    public record Rows(EventEntity event, List<EventParticipantEntity> participants, List<EventCitationEntity> citations) {
    }

    /**
     * The rows an event was kept as in a revision. Dates are derived again from their EDTF and the
     * search configuration from the language, as a create derives them; the version is the caller's to set.
     */
    public static Rows fromApi(Event kept) {
        EventEntity event = new EventEntity();
        event.id = kept.id();
        event.storyId = kept.storyId();
        event.title = kept.title();
        event.description = kept.description();
        event.setLanguage(kept.language());
        event.kind = kept.kind();
        event.setWhen(Edtf.parse(kept.when().edtf()));
        event.setEnd(kept.end() == null ? null : Edtf.parse(kept.end().edtf()));
        RelativeDate resolvedFrom = kept.when().resolvedFrom();
        if (resolvedFrom != null) {
            event.relativePhrase = resolvedFrom.phrase();
            event.anchorArticleId = resolvedFrom.anchor().articleId();
            event.anchorPublishedAt = resolvedFrom.anchor().publishedAt();
            event.anchorZone = resolvedFrom.anchor().zone();
        }
        if (kept.location() != null) {
            event.locationName = kept.location().name();
            event.latitude = kept.location().latitude();
            event.longitude = kept.location().longitude();
        }
        event.status = kept.status();
        event.position = kept.position();
        event.recordedAt = kept.recordedAt();
        event.updatedAt = kept.updatedAt();
        List<EventParticipantEntity> participants = new ArrayList<>();
        for (Participant p : kept.participants()) {
            EventParticipantEntity row = new EventParticipantEntity();
            row.eventId = event.id;
            row.ordinal = participants.size();
            row.name = p.name();
            row.wikidataId = p.wikidataId();
            participants.add(row);
        }
        List<EventCitationEntity> citations = new ArrayList<>();
        for (Citation c : kept.citations()) {
            EventCitationEntity row = new EventCitationEntity();
            row.eventId = event.id;
            row.ordinal = citations.size();
            row.url = c.url();
            row.outlet = c.outlet();
            row.title = c.title();
            row.publishedAt = c.publishedAt();
            row.quote = c.quote();
            citations.add(row);
        }
        return new Rows(event, participants, citations);
    }

    /** The row a transition was kept as in a revision, at its place in the event's history. */
    public static EventTransitionEntity fromApi(Transition kept, int seq) {
        EventTransitionEntity t = new EventTransitionEntity();
        t.id = kept.id();
        t.eventId = kept.eventId();
        t.seq = seq;
        t.fromStatus = kept.fromStatus();
        t.toStatus = kept.status();
        t.at = kept.at();
        t.recordedAt = kept.recordedAt();
        t.previousWhenEdtf = kept.previousWhen() == null ? null : kept.previousWhen().edtf();
        t.newWhenEdtf = kept.newWhen() == null ? null : kept.newWhen().edtf();
        if (kept.citation() != null) {
            t.citationUrl = kept.citation().url();
            t.citationOutlet = kept.citation().outlet();
            t.citationTitle = kept.citation().title();
            t.citationPublishedAt = kept.citation().publishedAt();
            t.citationQuote = kept.citation().quote();
        }
        return t;
    }

    /** The row a relation was kept as in a revision; its version is the caller's to set. */
    public static EventRelationEntity fromApi(Relation kept) {
        EventRelationEntity r = new EventRelationEntity();
        r.id = kept.id();
        r.storyId = kept.storyId();
        r.fromEventId = kept.fromEventId();
        r.toEventId = kept.toEventId();
        r.type = kept.type();
        r.recordedAt = kept.recordedAt();
        return r;
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

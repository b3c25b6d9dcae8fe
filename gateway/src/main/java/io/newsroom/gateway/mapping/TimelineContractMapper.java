package io.newsroom.gateway.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import io.newsroom.gateway.client.timeline.model.Anchor;
import io.newsroom.gateway.client.timeline.model.ArticleInput;
import io.newsroom.gateway.client.timeline.model.EventInput;
import io.newsroom.gateway.client.timeline.model.OutletInput;
import io.newsroom.gateway.client.timeline.model.RelationInput;
import io.newsroom.gateway.client.timeline.model.RelativeDate;
import io.newsroom.gateway.client.timeline.model.Coverage;
import io.newsroom.gateway.client.timeline.model.DateValue;
import io.newsroom.gateway.client.timeline.model.Relation;
import io.newsroom.gateway.client.timeline.model.StoryCounts;
import io.newsroom.gateway.client.timeline.model.StoryInput;
import io.newsroom.gateway.client.timeline.model.StoryWindow;
import io.newsroom.gateway.domain.Article;
import io.newsroom.gateway.domain.ArticleStatus;
import io.newsroom.gateway.domain.Bias;
import io.newsroom.gateway.domain.Citation;
import io.newsroom.gateway.domain.EdtfDate;
import io.newsroom.gateway.domain.Event;
import io.newsroom.gateway.domain.EventKind;
import io.newsroom.gateway.domain.EventRelation;
import io.newsroom.gateway.domain.EventStatus;
import io.newsroom.gateway.domain.Factuality;
import io.newsroom.gateway.domain.Location;
import io.newsroom.gateway.domain.Outlet;
import io.newsroom.gateway.domain.Participant;
import io.newsroom.gateway.domain.RelationType;
import io.newsroom.gateway.domain.Story;
import io.newsroom.gateway.domain.TimelineWindow;
import io.newsroom.gateway.view.ReviewItem;
import io.newsroom.gateway.view.ReviewReason;

/**
 * Between the types generated from the timeline-service's contract and the gateway's own. Keeping the
 * generated types at this edge means a contract change breaks the build here, and nowhere else.
 */
public final class TimelineContractMapper {

    private TimelineContractMapper() {
    }

    public static Story story(io.newsroom.gateway.client.timeline.model.Story s) {
        return new Story(s.getId(), s.getTitle(), s.getSummary(), list(s.getTags()), instant(s.getCreatedAt()), instant(s.getUpdatedAt()));
    }

    public static TimelineWindow window(StoryWindow w) {
        StoryCounts c = w.getCounts();
        TimelineWindow.Counts counts = c == null ? new TimelineWindow.Counts(0, 0, 0, 0)
                : new TimelineWindow.Counts(count(c.getEvents()), count(c.getArticles()), count(c.getOutlets()), count(c.getRelations()));
        return new TimelineWindow(story(w.getStory()), coverage(w.getCoverage()), map(w.getEvents(), TimelineContractMapper::event),
                w.getNextCursor(), counts, map(w.getRelations(), TimelineContractMapper::relation));
    }

    static TimelineWindow.CoverageSummary coverage(Coverage c) {
        if (c == null) {
            return null;
        }
        return new TimelineWindow.CoverageSummary(count(c.getArticleCount()), count(c.getOutletCount()),
                map(c.getByBias(), b -> new TimelineWindow.BiasCount(enumOf(Bias.class, b.getBias()), count(b.getOutletCount()),
                        count(b.getArticleCount()))),
                map(c.getOutlets(), o -> new TimelineWindow.OutletCount(text(o.getOutletId()), o.getName(), o.getDomain(),
                        enumOf(Bias.class, o.getBias()), count(o.getArticleCount()))));
    }

    /** Counts of one story fit an int many times over; a missing one is none. */
    static int count(Number n) {
        return n == null ? 0 : Math.toIntExact(n.longValue());
    }

    public static Outlet outlet(io.newsroom.gateway.client.timeline.model.Outlet o) {
        return new Outlet(text(o.getId()), o.getName(), o.getDomain(), enumOf(Bias.class, o.getBias()),
                enumOf(Factuality.class, o.getFactuality()));
    }

    public static Article article(io.newsroom.gateway.client.timeline.model.Article a) {
        return new Article(text(a.getId()), a.getUrl(), text(a.getOutletId()), a.getTitle(), instant(a.getPublishedAt()), a.getZone());
    }

    public static Event event(io.newsroom.gateway.client.timeline.model.Event e) {
        DateValue w = e.getWhen();
        DateValue end = e.getEnd();
        io.newsroom.gateway.client.timeline.model.Location l = e.getLocation();
        return Event.builder()
                .id(text(e.getId()))
                .title(e.getTitle())
                .description(e.getDescription())
                .kind(enumOf(EventKind.class, e.getKind()))
                .when(date(w))
                .end(date(end))
                .location(l == null ? null : new Location(l.getName(), l.getLatitude(), l.getLongitude()))
                .participants(map(e.getParticipants(), p -> new Participant(p.getName(), p.getWikidataId())))
                .status(enumOf(EventStatus.class, e.getStatus()))
                .overdue(Boolean.TRUE.equals(e.getOverdue()))
                .citations(map(e.getCitations(), TimelineContractMapper::citationOf))
                .position(e.getPosition())
                .updatedAt(instant(e.getUpdatedAt()))
                .build();
    }

    /** A citation as the service reads it back: with its article's status when the article was corrected or retracted. */
    static Citation citationOf(io.newsroom.gateway.client.timeline.model.Citation c) {
        return new Citation(c.getUrl(), c.getOutlet(), c.getTitle(), instant(c.getPublishedAt()), c.getQuote(),
                enumOf(ArticleStatus.class, c.getArticleStatus()), c.getArticleStatusNote());
    }

    private static EdtfDate date(DateValue d) {
        return d == null ? null : new EdtfDate(d.getEdtf(), text(d.getPrecision()), instant(d.getEarliest()),
                instant(d.getLatest()), Boolean.TRUE.equals(d.getApproximate()), Boolean.TRUE.equals(d.getUncertain()));
    }

    /** An event of the timeline-service's review list, with the reasons it gives. */
    public static ReviewItem reviewItem(io.newsroom.gateway.client.timeline.model.ReviewItem item) {
        return new ReviewItem(ReviewItem.EVENT, text(item.getId()), item.getTitle(), null,
                map(item.getReasons(), r -> new ReviewReason(text(r.getReason()), r.getUrl(), r.getNote(), instant(r.getAt()))));
    }

    public static EventRelation relation(Relation r) {
        return new EventRelation(text(r.getId()), text(r.getFromEventId()), text(r.getToEventId()), enumOf(RelationType.class, r.getType()));
    }

    public static StoryInput storyInput(Story s) {
        return new StoryInput().id(s.id()).title(s.title()).summary(s.summary()).tags(list(s.tags()));
    }

    /** @throws IllegalArgumentException when a rating is not one the timeline-service knows */
    public static OutletInput outletInput(Outlet o) {
        return new OutletInput().name(o.name()).domain(o.domain())
                .bias(o.bias() == null ? null : io.newsroom.gateway.client.timeline.model.Bias.fromString(o.bias().name()))
                .factuality(o.factuality() == null ? null : io.newsroom.gateway.client.timeline.model.Factuality.fromString(o.factuality().name()));
    }

    /** @param outletId the outlet's id in this system, or null to let the service match it by domain */
    public static ArticleInput articleInput(Article a, String outletId) {
        return new ArticleInput().url(a.url()).outletId(uuid(outletId)).title(a.title())
                .publishedAt(offset(a.publishedAt())).zone(a.zone());
    }

    /** @throws IllegalArgumentException when the kind or status is not one the timeline-service knows */
    public static EventInput eventInput(Event e) {
        EventInput input = new EventInput().title(e.title()).description(e.description())
                .kind(e.kind() == null ? null : io.newsroom.gateway.client.timeline.model.EventKind.fromString(e.kind().name()))
                .when(e.when() == null ? null : new DateValue().edtf(e.when().edtf()))
                .end(e.end() == null ? null : new DateValue().edtf(e.end().edtf()))
                .location(e.location() == null ? null : new io.newsroom.gateway.client.timeline.model.Location().name(e.location().name())
                        .latitude(e.location().latitude()).longitude(e.location().longitude()))
                .participants(map(e.participants(), p -> new io.newsroom.gateway.client.timeline.model.Participant().name(p.name()).wikidataId(p.wikidataId())))
                .status(e.status() == null ? null : io.newsroom.gateway.client.timeline.model.EventStatus.fromString(e.status().name()))
                .citations(map(e.citations(), c -> new io.newsroom.gateway.client.timeline.model.Citation().url(c.url()).outlet(c.outlet())
                        .title(c.title()).publishedAt(offset(c.publishedAt())).quote(c.quote())))
                .position(e.position());
        return input;
    }

    /**
     * The event with its date given as a relative phrase and what it was read against (an article's publication in
     * its zone): the service resolves it by the same stylebook rules and keeps phrase and anchor, so a corrected
     * anchor can re-resolve it.
     */
    public static EventInput eventInputFromPhrase(Event e, String phrase, Instant publishedAt, String zone) {
        return eventInput(e).when(null).relativeWhen(new RelativeDate().phrase(phrase)
                .anchor(new Anchor().publishedAt(offset(publishedAt)).zone(zone)));
    }

    /**
     * Every editable field of a stored event as it is, with one more citation. A date the service resolved from a
     * phrase is sent back as that phrase and anchor, so it keeps them; the status is left out, as a replace must.
     */
    public static EventInput eventInputCiting(io.newsroom.gateway.client.timeline.model.Event stored, Citation added) {
        DateValue when = stored.getWhen();
        RelativeDate phrase = when == null ? null : when.getResolvedFrom();
        List<io.newsroom.gateway.client.timeline.model.Citation> citations = new java.util.ArrayList<>(list(stored.getCitations()));
        citations.add(citation(added));
        return new EventInput().title(stored.getTitle()).description(stored.getDescription()).language(stored.getLanguage())
                .kind(stored.getKind())
                .when(phrase != null || when == null ? null : new DateValue().edtf(when.getEdtf()))
                .relativeWhen(phrase == null ? null : new RelativeDate().phrase(phrase.getPhrase()).anchor(anchorAsGiven(phrase.getAnchor())))
                .end(stored.getEnd() == null ? null : new DateValue().edtf(stored.getEnd().getEdtf()))
                .location(stored.getLocation())
                .participants(list(stored.getParticipants()))
                .citations(citations)
                .position(stored.getPosition());
    }

    /** The service fills in all three parts of an anchor it answers; it is given either the article or time and zone. */
    private static Anchor anchorAsGiven(Anchor answered) {
        if (answered == null) {
            return null;
        }
        return answered.getArticleId() != null ? new Anchor().articleId(answered.getArticleId())
                : new Anchor().publishedAt(answered.getPublishedAt()).zone(answered.getZone());
    }

    /** Whether the stored event already cites this passage of this article (the URL as the services normalise it). */
    public static boolean cites(io.newsroom.gateway.client.timeline.model.Event stored, Citation citation) {
        return list(stored.getCitations()).stream().anyMatch(c -> java.util.Objects.equals(c.getQuote(), citation.quote())
                && sameUrl(c.getUrl(), citation.url()));
    }

    static boolean sameUrl(String a, String b) {
        try {
            return a != null && b != null && io.newsroom.stylebook.CitationUrl.normalise(a).equals(io.newsroom.stylebook.CitationUrl.normalise(b));
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    private static io.newsroom.gateway.client.timeline.model.Citation citation(Citation c) {
        return new io.newsroom.gateway.client.timeline.model.Citation().url(c.url()).outlet(c.outlet()).title(c.title())
                .publishedAt(offset(c.publishedAt())).quote(c.quote());
    }

    public static RelationInput relationInput(String fromEventId, String toEventId, RelationType type) {
        return new RelationInput().fromEventId(uuid(fromEventId)).toEventId(uuid(toEventId)).type(io.newsroom.gateway.client.timeline.model.RelationType.fromString(type.name()));
    }

    /**
     * The gateway's enum for a generated one, matched by name: the contract and the gateway list the same values,
     * and a value the gateway does not know fails here, at the edge, naming it.
     */
    static <E extends Enum<E>> E enumOf(Class<E> type, Object generated) {
        return generated == null ? null : Enum.valueOf(type, generated.toString());
    }

    static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    public static OffsetDateTime offset(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    static String text(Object o) {
        return o == null ? null : o.toString();
    }

    static UUID uuid(String id) {
        return id == null ? null : UUID.fromString(id);
    }

    static <A, B> List<B> map(List<A> list, Function<A, B> f) {
        return list == null ? List.of() : list.stream().map(f).toList();
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}

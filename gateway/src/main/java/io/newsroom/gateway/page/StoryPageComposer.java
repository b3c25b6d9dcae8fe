package io.newsroom.gateway.page;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import io.newsroom.gateway.domain.ArticleStatus;
import io.newsroom.gateway.domain.Citation;
import io.newsroom.gateway.domain.Location;
import io.newsroom.gateway.domain.Participant;
import io.newsroom.gateway.domain.Actor;
import io.newsroom.gateway.domain.Bias;
import io.newsroom.gateway.domain.Claim;
import io.newsroom.gateway.domain.ClaimStatus;
import io.newsroom.gateway.domain.Event;
import io.newsroom.gateway.domain.EventStatus;
import io.newsroom.gateway.domain.Rating;
import io.newsroom.gateway.domain.RelationType;
import io.newsroom.gateway.domain.Stance;
import io.newsroom.gateway.domain.StancePosition;
import io.newsroom.gateway.domain.Story;
import io.newsroom.gateway.domain.Verdict;
import io.newsroom.gateway.mapping.ClaimReviewMapper;
import io.newsroom.gateway.mapping.ReaderAnchors;
import io.newsroom.gateway.mapping.StoryViewMapper;
import io.newsroom.gateway.view.ActorRef;
import io.newsroom.gateway.view.ClaimRef;
import io.newsroom.gateway.view.ActorView;
import io.newsroom.gateway.view.Coverage;
import io.newsroom.gateway.view.CoverageOutlet;
import io.newsroom.gateway.view.Dispute;
import io.newsroom.gateway.view.RelationView;
import io.newsroom.gateway.view.ReviewReason;
import io.newsroom.gateway.view.StoryView;
import io.newsroom.gateway.view.TimelineEvent;

/** Turns a story view into the reader page's words. Pure, and total: any part of the view may be missing. */
public final class StoryPageComposer {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm 'UTC'", Locale.ENGLISH);
    static final String WITHHELD_VERDICT = "A report this verdict rests on has been withdrawn by its outlet, so the "
            + "verdict is not published as a fact check until the desk reviews it with evidence that stands.";

    private static final Map<EventStatus, String> EVENT_STATUS = Map.of(
            EventStatus.SCHEDULED, "Upcoming: scheduled",
            EventStatus.POSTPONED, "Upcoming: postponed",
            EventStatus.RESCHEDULED, "Upcoming: rescheduled",
            EventStatus.CANCELLED, "Cancelled");
    private static final Map<ClaimStatus, String> CLAIM_STATUS = Map.of(
            ClaimStatus.UNCHALLENGED, "Unchallenged",
            ClaimStatus.SUPPORTED, "Supported",
            ClaimStatus.DISPUTED, "Disputed",
            ClaimStatus.CONTESTED, "Contested");
    private static final Map<Rating, String> RATING = Map.of(
            Rating.TRUE, "True",
            Rating.MOSTLY_TRUE, "Mostly true",
            Rating.MIXED, "Mixed",
            Rating.MOSTLY_FALSE, "Mostly false",
            Rating.FALSE, "False",
            Rating.UNVERIFIABLE, "Unverifiable");
    private static final Map<Bias, String> BIAS = Map.of(
            Bias.LEFT, "Left",
            Bias.LEAN_LEFT, "Lean left",
            Bias.CENTER, "Center",
            Bias.LEAN_RIGHT, "Lean right",
            Bias.RIGHT, "Right",
            Bias.UNRATED, "Unrated");
    private static final Map<RelationType, String> RELATION = Map.of(
            RelationType.PART_OF, "Part of",
            RelationType.FOLLOWS, "Follows",
            RelationType.REVISES, "Revises",
            RelationType.CONTRADICTS, "Contradicts");
    private static final Map<String, String> MISSING_PART = Map.of(
            StoryViewMapper.TIMELINE, "the timeline and the coverage (the timeline service did not answer)",
            StoryViewMapper.CLAIMS, "the claims and who disputes them (the claims service did not answer)");
    private static final Map<String, String> STALE_PART = Map.of(
            StoryViewMapper.TIMELINE, "the timeline and the coverage are shown as they were a moment ago (the timeline "
                    + "service did not answer)",
            StoryViewMapper.CLAIMS, "the claims and who disputes them are shown as they were a moment ago (the claims "
                    + "service did not answer)");

    private record DatedEvent(TimelineEvent event, ReaderDate date) {
    }

    private StoryPageComposer() {
    }

    public static StoryPage compose(StoryView view) {
        List<String> degraded = list(view.degraded());
        boolean timelineMissing = degraded.contains(StoryViewMapper.TIMELINE);
        boolean claimsMissing = degraded.contains(StoryViewMapper.CLAIMS);
        Story story = view.story();
        String storyId = story == null || story.id() == null ? "" : story.id();
        String title = story == null || blank(story.title()) ? "Story \u201c" + storyId + "\u201d" : story.title();

        // The services send the timeline in order; sorting again (stably) by the bounds the page worked out keeps
        // it in order when a service left the bounds out and the view could only fall back to ids.
        List<DatedEvent> dated = list(view.timeline()).stream().filter(Objects::nonNull)
                .map(e -> new DatedEvent(e, ReaderDate.of(e.event().when())))
                .sorted(Comparator.comparing((DatedEvent d) -> d.date().earliest(), Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(d -> d.date().latest(), Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        List<TimelineEvent> events = dated.stream().map(DatedEvent::event).toList();
        List<ReaderDate> dates = dated.stream().map(DatedEvent::date).toList();
        TimeAxis axis = TimeAxis.over(dates);
        Map<String, Dispute> disputesByClaim = index(list(view.disputes()), Dispute::claimId);
        Map<String, String> eventTitles = new HashMap<>();
        events.forEach(e -> {
            if (e.event().id() != null) {
                eventTitles.put(e.event().id(), text(e.event().title(), "Untitled event"));
            }
        });
        Map<String, List<String>> relations = relations(list(view.relations()));
        Map<String, Claim> claimsById = index(list(view.claims()), Claim::id);
        Sources cited = Sources.of(events, list(view.claims()));

        List<StoryPage.EventRow> rows = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            rows.add(eventRow(events.get(i), i, dates.get(i), axis, disputesByClaim, relations, cited));
        }

        Map<String, Actor> actors = index(list(view.actors()).stream().filter(Objects::nonNull).map(ActorView::actor)
                .filter(Objects::nonNull).toList(), Actor::id);
        List<Dispute> disputeList = list(view.disputes()).stream().filter(Objects::nonNull).toList();
        List<StoryPage.DisputeRow> disputes = new ArrayList<>();
        for (int i = 0; i < disputeList.size(); i++) {
            Dispute d = disputeList.get(i);
            disputes.add(disputeRow(d, i, claimsById.get(d.claimId()), actors, eventTitles, cited));
        }
        Set<String> disputed = new LinkedHashSet<>(disputesByClaim.keySet());
        List<StoryPage.ClaimLine> otherClaims = list(view.claims()).stream()
                .filter(c -> c != null && !disputed.contains(c.id()))
                .map(c -> new StoryPage.ClaimLine(anchor("claim", c.id()), text(c.proposition(), "(claim without text)"),
                        actorName(actors, c.claimantId()),
                        madeAt(c.madeAt()), label(CLAIM_STATUS, c.status()), cssName(c.status()), eventTitle(c, eventTitles),
                        verdict(c), cited.warnings(ClaimRef.warnings(c))))
                .toList();

        List<String> notes = degraded.stream().map(part -> MISSING_PART.getOrDefault(part, "part of the story (" + part + ")"))
                .toList();
        List<String> staleNotes = list(view.stale()).stream()
                .map(part -> STALE_PART.getOrDefault(part, "part of the story (" + part + ") is shown as it was a moment ago"))
                .toList();
        String caption = axis.drawn()
                ? "Each event is drawn at its dates: a day as a mark, a week as a bar, a month or a year as a faint band. "
                        + "Dashed outlines are events that have not happened yet; dotted ones were expected by now, but "
                        + "nobody has confirmed they happened. Long stretches with no events are cut short where the axis "
                        + "shows a break."
                : null;
        return new StoryPage(storyId, title, story == null ? null : story.summary(),
                story == null ? List.of() : list(story.tags()).stream().filter(t -> !blank(t)).toList(),
                view.lastUpdated() == null ? null : DAY_TIME.format(view.lastUpdated().atZone(ZoneOffset.UTC)),
                view.lastUpdated() == null ? null : view.lastUpdated().truncatedTo(ChronoUnit.SECONDS).toString(),
                notes, timelineMissing, claimsMissing,
                new StoryPage.Axis(axis.drawn(), axis.ticks(), axis.gaps(), caption),
                List.copyOf(rows), List.copyOf(disputes), otherClaims,
                timelineMissing ? null : coverage(view.coverage()),
                "/api/stories/" + storyId + asOfQuery(view.asOf(), "?"), staleNotes,
                view.nextCursor() == null ? null
                        : "/stories/" + storyId + "?after=" + URLEncoder.encode(view.nextCursor(), StandardCharsets.UTF_8)
                                + asOfQuery(view.asOf(), "&"),
                view.asOf() == null ? null : new StoryPage.AsOfLine(DAY_TIME.format(view.asOf().atZone(ZoneOffset.UTC)),
                        view.asOf().toString(), "/stories/" + storyId));
    }

    /** The asOf a past view was asked with, so its links stay at that instant; nothing for the story as it stands. */
    private static String asOfQuery(Instant asOf, String separator) {
        return asOf == null ? "" : separator + "asOf=" + URLEncoder.encode(asOf.toString(), StandardCharsets.UTF_8);
    }

    private static StoryPage.EventRow eventRow(TimelineEvent row, int index, ReaderDate date, TimeAxis axis,
            Map<String, Dispute> disputesByClaim, Map<String, List<String>> relations, Sources cited) {
        TimeAxis.Placement placement = axis.place(date);
        Event e = row.event();
        EventStatus status = e.status();
        boolean upcoming = row.upcoming();
        boolean overdue = row.overdue();
        boolean cancelled = status == EventStatus.CANCELLED;
        List<String> classes = new ArrayList<>();
        classes.add("mark--" + date.shape().name().toLowerCase(Locale.ROOT));
        if (upcoming) {
            classes.add("mark--upcoming");
        }
        if (overdue) {
            classes.add("mark--overdue");
        }
        if (cancelled) {
            classes.add("mark--cancelled");
        }
        if (date.approximate()) {
            classes.add("mark--approximate");
        }
        if (date.uncertain()) {
            classes.add("mark--uncertain");
        }
        // Its date has passed and nobody recorded what became of it: it is neither upcoming nor known to have happened.
        String statusLabel = overdue ? "Expected " + date.text() + " \u2014 not confirmed"
                : status == null || status == EventStatus.OCCURRED ? null : label(EVENT_STATUS, status);

        // What is disputed comes first: it is what a reader most needs to see beside the event.
        List<StoryPage.ClaimAtEvent> claims = list(row.claims()).stream().filter(Objects::nonNull)
                .sorted(Comparator.comparing((ClaimRef c) -> c.id() == null || !disputesByClaim.containsKey(c.id())))
                .map(c -> {
            Dispute d = c.id() == null ? null : disputesByClaim.get(c.id());
            String claimant = c.claimant() == null ? null : c.claimant().name();
            return new StoryPage.ClaimAtEvent(text(c.proposition(), "(claim without text)"), text(claimant, "unknown"),
                    label(CLAIM_STATUS, c.status()), cssName(c.status()), disputeNote(d),
                    d == null ? null : anchor("claim", c.id()), cited.warnings(c.warnings()));
        }).toList();

        String anchor = e.id() == null ? "event-" + (index + 1) : anchor("event", e.id());
        return new StoryPage.EventRow(anchor, text(e.title(), "Untitled event"), e.description(),
                date.text(), date.machineText(), placement == null ? null : placement.style(), String.join(" ", classes),
                upcoming, overdue, statusLabel, upcoming ? "upcoming" : overdue ? "overdue" : cssName(status), place(e.location()),
                participants(list(e.participants())), e.id() == null ? List.of() : relations.getOrDefault(e.id(), List.of()),
                sources(list(e.citations())), cited.warnings(row.warnings()), claims);
    }

    /** Follows the status word: "Disputed by A and B", "Contested: disputed by A, backed by B". */
    private static String disputeNote(Dispute d) {
        if (d == null) {
            return null;
        }
        String disputers = names(list(d.disputers()));
        String supporters = names(list(d.supporters()));
        if (disputers == null) {
            return null;
        }
        if (claimOf(d).status() == ClaimStatus.CONTESTED) {
            return ": disputed by " + disputers + (supporters == null ? "" : ", backed by " + supporters);
        }
        return " by " + disputers;
    }

    private static StoryPage.DisputeRow disputeRow(Dispute d, int index, Claim claim, Map<String, Actor> actors,
            Map<String, String> eventTitles, Sources cited) {
        List<Stance> stances = claim == null ? List.of() : list(claim.stances()).stream().filter(Objects::nonNull).toList();
        List<StoryPage.StanceLine> disputes = stanceLines(stances, StancePosition.DISPUTES, actors);
        List<StoryPage.StanceLine> supports = stanceLines(stances, StancePosition.SUPPORTS, actors);
        // Without the claim's stances, the board still says who disputes it, from the dispute line itself.
        if (disputes.isEmpty()) {
            disputes = list(d.disputers()).stream().filter(Objects::nonNull)
                    .map(a -> new StoryPage.StanceLine(actorName(a), null, null)).toList();
        }
        if (supports.isEmpty()) {
            supports = list(d.supporters()).stream().filter(Objects::nonNull)
                    .map(a -> new StoryPage.StanceLine(actorName(a), null, null)).toList();
        }
        String eventId = claim == null ? null : claim.eventId();
        ClaimRef disputed = claimOf(d);
        String anchor = d.claimId() == null ? "claim-" + (index + 1) : anchor("claim", d.claimId());
        return new StoryPage.DisputeRow(anchor, text(disputed.proposition(), "(claim without text)"),
                actorName(disputed.claimant()), claim == null ? null : madeAt(claim.madeAt()),
                label(CLAIM_STATUS, disputed.status()), cssName(disputed.status()), claim == null ? null : eventTitle(claim, eventTitles),
                eventId != null && eventTitles.containsKey(eventId) ? anchor("event", eventId) : null,
                disputes, supports, claim == null ? null : verdict(claim),
                // The board's claim may be on another page, so its warnings come with it rather than from the page's claims.
                cited.warnings(claim != null ? ClaimRef.warnings(claim) : list(disputed.warnings())));
    }

    /** A board line that lost its claim still renders, as a claim without text. */
    private static ClaimRef claimOf(Dispute d) {
        return d.claim() != null ? d.claim() : new ClaimRef(null, null, null, null);
    }

    /** A stance is shown by the day it was taken; the instant is more than a reader needs. */
    private static List<StoryPage.StanceLine> stanceLines(List<Stance> stances, StancePosition position,
            Map<String, Actor> actors) {
        return stances.stream().filter(s -> s.position() == position)
                .map(s -> new StoryPage.StanceLine(actorName(actors, s.actorId()), blank(s.summary()) ? null : s.summary(),
                        s.takenAt() == null ? null : DAY.format(s.takenAt().atZone(ZoneOffset.UTC))))
                .toList();
    }

    private static StoryPage.CoverageView coverage(Coverage c) {
        if (c == null) {
            return new StoryPage.CoverageView("No coverage is recorded for this story yet.", true, null, List.of(), List.of(),
                    null, List.of());
        }
        int total = Math.max(0, c.left()) + Math.max(0, c.center()) + Math.max(0, c.right()) + Math.max(0, c.unrated());
        List<StoryPage.BiasSegment> legend = new ArrayList<>();
        legend.add(segment(cssName(Bias.Side.LEFT), "Left", c.left(), total));
        legend.add(segment(cssName(Bias.CENTER), "Center", c.center(), total));
        legend.add(segment(cssName(Bias.Side.RIGHT), "Right", c.right(), total));
        if (c.unrated() > 0) {
            legend.add(segment(cssName(Bias.UNRATED), "Unrated", c.unrated(), total));
        }
        List<StoryPage.BiasSegment> segments = legend.stream().filter(s -> s.articles() > 0).toList();
        String barLabel = total == 0 ? null : "Coverage by outlet bias: " + String.join(", ",
                legend.stream().map(s -> s.label().toLowerCase(Locale.ROOT) + " " + s.text()).toList());
        String blindspot = null;
        if (c.blindspot()) {
            List<Bias.Side> missing = list(c.missingSides());
            blindspot = missing.isEmpty() ? "One side of the spectrum did not cover this story."
                    : "No outlet rated " + String.join(" or ", missing.stream()
                            .map(s -> s.name().toLowerCase(Locale.ROOT) + "-leaning").toList())
                            + " covered this story.";
        }
        List<StoryPage.OutletLine> outlets = list(c.outlets()).stream().filter(Objects::nonNull).map(StoryPageComposer::outlet)
                .toList();
        String totals = total == 0 ? "No coverage is recorded for this story yet."
                : count(c.articleCount(), "article") + " from " + count(c.outletCount(), "outlet") + ".";
        return new StoryPage.CoverageView(totals, total == 0, barLabel, segments, legend, blindspot, outlets);
    }

    private static StoryPage.BiasSegment segment(String side, String label, int articles, int total) {
        int n = Math.max(0, articles);
        double share = total == 0 ? 0 : 100.0 * n / total;
        String percent = Math.round(share) + "%";
        String text = n == 0 ? "none" : count(n, "article") + " (" + percent + ")";
        return new StoryPage.BiasSegment(side, label, n, percent, String.format(Locale.ROOT, "width:%.2f%%", share), text,
                share >= 18);
    }

    private static StoryPage.OutletLine outlet(CoverageOutlet o) {
        String bias = o.bias() == null ? "Unrated" : label(BIAS, o.bias());
        return new StoryPage.OutletLine(text(o.name(), text(o.domain(), "Unknown outlet")), bias, count(o.articles(), "article"));
    }

    private static StoryPage.VerdictLine verdict(Claim claim) {
        Verdict v = claim.verdict();
        if (v == null || v.rating() == null) {
            return null;
        }
        return new StoryPage.VerdictLine(label(RATING, v.rating()), cssName(v.rating()), v.explanation(),
                blank(v.reviewer()) ? null : v.reviewer(),
                v.reviewedAt() == null ? null : DAY.format(v.reviewedAt().atZone(ZoneOffset.UTC)),
                // The same rule that keeps it out of the page's structured data, said to the reader.
                ClaimReviewMapper.restsOnARetraction(claim) ? WITHHELD_VERDICT : null);
    }

    private static Map<String, List<String>> relations(List<RelationView> relations) {
        Map<String, List<String>> byEvent = new HashMap<>();
        for (RelationView r : relations) {
            if (r == null || r.fromEventId() == null || blank(r.toTitle())) {
                continue;
            }
            String verb = r.type() == null ? "Related to" : RELATION.get(r.type());
            byEvent.computeIfAbsent(r.fromEventId(), k -> new ArrayList<>()).add(verb + ": " + r.toTitle());
        }
        return byEvent;
    }

    private static List<StoryPage.SourceLink> sources(List<Citation> citations) {
        Map<String, StoryPage.SourceLink> byUrl = new java.util.LinkedHashMap<>();
        for (Citation c : citations) {
            if (c == null) {
                continue;
            }
            String url = safeUrl(c.url());
            String key = url == null ? String.valueOf(c.outlet()) + c.title() : url;
            String flag = !c.articleChanged() ? null : c.articleStatus() == ArticleStatus.RETRACTED ? "retracted" : "corrected";
            byUrl.putIfAbsent(key, new StoryPage.SourceLink(text(c.outlet(), hostOf(c.url())), c.title(), url, flag));
        }
        return List.copyOf(byUrl.values());
    }

    /**
     * The articles the page cites, by URL, so a warning names the outlet and headline a reader knows rather than a
     * bare address; a claim on the board from another page may cite one the page does not, and is named by its host.
     */
    private record Sources(Map<String, Citation> byUrl) {

        static Sources of(List<TimelineEvent> events, List<Claim> claims) {
            Map<String, Citation> byUrl = new HashMap<>();
            events.forEach(e -> list(e.event().citations()).forEach(c -> keep(byUrl, c)));
            for (Claim claim : claims) {
                if (claim == null) {
                    continue;
                }
                list(claim.appearances()).forEach(c -> keep(byUrl, c));
                list(claim.stances()).stream().filter(Objects::nonNull).forEach(s -> list(s.evidence()).forEach(c -> keep(byUrl, c)));
            }
            return new Sources(byUrl);
        }

        private static void keep(Map<String, Citation> byUrl, Citation c) {
            if (c != null && c.url() != null) {
                byUrl.merge(c.url(), c, (kept, other) -> kept.outlet() == null && kept.title() == null ? other : kept);
            }
        }

        List<StoryPage.Warning> warnings(List<ReviewReason> reasons) {
            return list(reasons).stream().filter(Objects::nonNull).map(this::warning).filter(Objects::nonNull).toList();
        }

        private StoryPage.Warning warning(ReviewReason r) {
            if (ReviewReason.EVENT_DELETED.equals(r.reason())) {
                return new StoryPage.Warning("event-deleted", "Event removed.",
                        "The event this claim was made at has been taken off the timeline; the claim stands as it was recorded.");
            }
            boolean retracted = r.retracted();
            if (!retracted && !ReviewReason.ARTICLE_CORRECTED.equals(r.reason())) {
                return null;
            }
            Citation c = r.url() == null ? null : byUrl.get(r.url());
            String outlet = text(c == null ? null : c.outlet(), hostOf(r.url()));
            String article = c == null || blank(c.title()) ? "an article" : "\u201c" + c.title() + "\u201d";
            String note = blank(r.note()) ? "" : " Its note: \u201c" + r.note().strip() + "\u201d";
            return retracted
                    ? new StoryPage.Warning("retracted", "Source retracted.",
                            outlet + " has withdrawn " + article + ", which this rests on." + note)
                    : new StoryPage.Warning("corrected", "Source corrected.",
                            outlet + " has corrected " + article + " since it was cited here." + note);
        }
    }

    private static String place(Location location) {
        return location == null || blank(location.name()) ? null : location.name();
    }

    private static String participants(List<Participant> participants) {
        List<String> names = participants.stream().filter(p -> p != null && !blank(p.name())).map(Participant::name).toList();
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String eventTitle(Claim c, Map<String, String> eventTitles) {
        return c.eventId() == null ? null : eventTitles.get(c.eventId());
    }

    private static String madeAt(io.newsroom.gateway.domain.EdtfDate date) {
        return date == null ? null : ReaderDate.of(date).text();
    }

    private static String actorName(Map<String, Actor> actors, String id) {
        Actor actor = id == null ? null : actors.get(id);
        return actor == null || blank(actor.name()) ? "an unknown actor" : actor.name();
    }

    private static String actorName(ActorRef actor) {
        return actor == null || blank(actor.name()) ? "an unknown actor" : actor.name();
    }

    private static String names(List<ActorRef> actors) {
        List<String> names = actors.stream().filter(Objects::nonNull).map(StoryPageComposer::actorName).distinct().toList();
        if (names.size() <= 1) {
            return names.isEmpty() ? null : names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Only web links become links: a javascript: or data: URL from a bad import must never be clickable. */
    static String safeUrl(String url) {
        if (blank(url)) {
            return null;
        }
        try {
            URI uri = URI.create(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    private static String hostOf(String url) {
        String safe = safeUrl(url);
        return safe == null ? "a source" : URI.create(safe).getHost();
    }

    static String anchor(String prefix, String id) {
        return ReaderAnchors.of(prefix, id);
    }

    private static <E extends Enum<E>> String label(Map<E, String> labels, E value) {
        if (value == null) {
            return null;
        }
        return labels.getOrDefault(value, humanise(value.name()));
    }

    private static String humanise(String value) {
        String words = value.toLowerCase(Locale.ROOT).replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String cssName(Enum<?> value) {
        return value == null ? "unknown" : value.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String text(String value, String otherwise) {
        return blank(value) ? otherwise : value;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static <T> Map<String, T> index(List<T> list, Function<T, String> id) {
        Map<String, T> map = new java.util.LinkedHashMap<>();
        for (T t : list) {
            if (t != null && id.apply(t) != null) {
                map.putIfAbsent(id.apply(t), t);
            }
        }
        return map;
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }
}

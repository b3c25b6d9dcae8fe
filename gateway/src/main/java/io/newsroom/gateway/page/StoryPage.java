package io.newsroom.gateway.page;

import java.util.List;

/**
 * Everything the reader page shows, already in the reader's words. The template only lays it out: every null the
 * services may leave (no verdict, no events, no coverage, a missing half) is settled here, where it can be tested.
 * {@code nextPage} is the address of the next page of the timeline, null on the last. {@code asOf} is set when the
 * page shows the story as it stood at a past instant, null for the story as it stands.
 */
public record StoryPage(
        String storyId,
        String title,
        String summary,
        List<String> tags,
        String updated,
        String updatedMachine,
        List<String> degradedNotes,
        boolean timelineMissing,
        boolean claimsMissing,
        Axis axis,
        List<EventRow> events,
        List<DisputeRow> disputes,
        List<ClaimLine> otherClaims,
        CoverageView coverage,
        String viewPath,
        List<String> staleNotes,
        String nextPage,
        AsOfLine asOf) {

    public boolean degraded() {
        return !degradedNotes.isEmpty();
    }

    public boolean stale() {
        return !staleNotes.isEmpty();
    }

    /** The instant a past view shows, in words and for machines, and where the story as it stands now is. */
    public record AsOfLine(String shown, String machine, String currentPage) {
    }

    /** The axis header: tick labels and the breaks where time is skipped. */
    public record Axis(boolean drawn, List<TimeAxis.Tick> ticks, List<TimeAxis.Gap> gaps, String caption) {
    }

    public record EventRow(
            String anchor,
            String title,
            String description,
            String date,
            String dateMachine,
            String markStyle,
            String markClasses,
            boolean upcoming,
            boolean overdue,
            String status,
            String statusClass,
            String place,
            String participants,
            List<String> relations,
            List<SourceLink> sources,
            List<Warning> warnings,
            List<ClaimAtEvent> claims) {
    }

    /**
     * What a reader must know before trusting a fact: a source the fact rests on was corrected or retracted, or the
     * event a claim was made at is gone. {@code kind} names it for the stylesheet (retracted, corrected,
     * event-deleted); {@code label} and {@code text} say it in words, so it reads without colour or script.
     */
    public record Warning(String kind, String label, String text) {
    }

    /** A claim beside its event; {@code disputeNote} completes the status word with who disputes it. */
    public record ClaimAtEvent(String proposition, String claimant, String status, String statusClass, String disputeNote,
            String disputeAnchor, List<Warning> warnings) {
    }

    public record DisputeRow(
            String anchor,
            String proposition,
            String claimant,
            String madeAt,
            String status,
            String statusClass,
            String eventTitle,
            String eventAnchor,
            List<StanceLine> disputes,
            List<StanceLine> supports,
            VerdictLine verdict,
            List<Warning> warnings) {
    }

    public record StanceLine(String actor, String summary, String date) {
    }

    /** @param anchor the element id a ClaimReview's url points to; null for a claim without an id */
    public record ClaimLine(String anchor, String proposition, String claimant, String madeAt, String status, String statusClass,
            String eventTitle, VerdictLine verdict, List<Warning> warnings) {
    }

    /** @param withheld why the verdict is not published as a fact check, or null when it is */
    public record VerdictLine(String rating, String ratingClass, String explanation, String reviewer, String date,
            String withheld) {
    }

    /** @param flag "retracted" or "corrected" when the outlet withdrew or corrected the article, else null */
    public record SourceLink(String outlet, String title, String url, String flag) {
    }

    public record CoverageView(
            String totals,
            boolean empty,
            String barLabel,
            List<BiasSegment> segments,
            List<BiasSegment> legend,
            String blindspot,
            List<OutletLine> outlets) {
    }

    /** One side of the bias bar; {@code style} sizes it by its share, {@code roomy} when its label fits inside. */
    public record BiasSegment(String side, String label, int articles, String share, String style, String text,
            boolean roomy) {
    }

    /** An outlet of the coverage; the articles themselves are many and stay in the bundle export. */
    public record OutletLine(String name, String bias, String articles) {
    }
}

package io.newsroom.claims.repository;

/**
 * What timeline-service's feed told this service about the articles and events claims cite, as SQL
 * fragments the reads put inside their one statement (so a flag costs no statement of its own). Flags are
 * joined at read time from article_status and event_deletion (migration V13): an appearance recorded
 * after an article was retracted is flagged as one recorded before it.
 *
 * <p>Now, a URL's status is its newest report by feed position; as of an instant, the newest report whose
 * change timeline recorded at or before it, so a read of then shows what was known then. A PUBLISHED
 * article (also one corrected, then published again) carries no flag.
 */
final class TimelineFlags {

    static final String AS_OF = "cast(cast(:asOf AS text) AS timestamptz)";

    private TimelineFlags() {
    }

    /** A lateral join (alias {@code alias}: status, note) of the article at {@code url} as it stands. */
    static String articleNow(String url, String alias) {
        return " LEFT JOIN LATERAL (" + article(url, "TRUE", "a.feed_position DESC") + ") " + alias + " ON TRUE";
    }

    /** The flags of the article at {@code url} as of :asOf, as a jsonb object to merge into a citation state. */
    static String articleThen(String url) {
        return "coalesce((SELECT jsonb_build_object('articleStatus', f.status, 'articleStatusNote', f.note) FROM ("
                + article(url, "a.recorded_at <= " + AS_OF, "a.recorded_at DESC, a.feed_position DESC")
                + ") f WHERE f.status IS NOT NULL), cast('{}' AS jsonb))";
    }

    private static String article(String url, String when, String newestFirst) {
        return "SELECT CASE WHEN a.status <> 'PUBLISHED' THEN a.status END AS status,"
                + " CASE WHEN a.status <> 'PUBLISHED' THEN a.note END AS note"
                + " FROM article_status a WHERE a.url = " + url + " AND " + when
                + " ORDER BY " + newestFirst + " LIMIT 1";
    }

    /** Whether the event {@code eventId} (a uuid expression, maybe null) is deleted in timeline-service now. */
    static String eventDeletedNow(String eventId) {
        return "coalesce((SELECT d.deleted FROM event_deletion d WHERE d.event_id = " + eventId
                + " ORDER BY d.feed_position DESC LIMIT 1), false)";
    }

    /** Whether it was deleted as of :asOf. */
    static String eventDeletedThen(String eventId) {
        return "coalesce((SELECT d.deleted FROM event_deletion d WHERE d.event_id = " + eventId
                + " AND d.recorded_at <= " + AS_OF + " ORDER BY d.recorded_at DESC, d.feed_position DESC LIMIT 1), false)";
    }

    /** A stance state's evidence (a jsonb array expression) with the flags of then merged into each citation. */
    static String evidenceThen(String evidence) {
        return "(SELECT coalesce(jsonb_agg(x.e || " + articleThen("x.e->>'url'") + " ORDER BY x.n), cast('[]' AS jsonb))"
                + " FROM jsonb_array_elements(coalesce(" + evidence + ", cast('[]' AS jsonb))) WITH ORDINALITY AS x(e, n))";
    }
}

package io.newsroom.timeline.rest;

import io.newsroom.stylebook.ChangeQuery;
import io.newsroom.stylebook.ClientReadyDocument;
import io.newsroom.stylebook.Cursor;

/** Texts the operations share in their OpenAPI annotations (annotations need constants). */
final class ApiDocs {

    /** A story's id: a slug of at most 80 characters, as the story table's check has it. */
    static final String SLUG = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    static final int STORY_ID_LENGTH = 80;
    /** Ids in paths are read as UUIDs (400 naming the parameter otherwise); the ones this service hands out look so. */
    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    static final int UUID_LENGTH = ClientReadyDocument.UUID_LENGTH;
    static final int CURSOR_LENGTH = Cursor.MAX_LENGTH;
    static final String CHANGE_ID = ChangeQuery.POSITION_PATTERN;
    static final int CHANGE_ID_LENGTH = ChangeQuery.MAX_POSITION_LENGTH;
    static final int CHANGE_TYPES_LENGTH = ChangeQuery.MAX_TYPES_LENGTH;
    /** A date bound of a list: an instant or an EDTF date, as long as an event's date may be. */
    static final int DATE_LENGTH = 64;

    static final String IDEMPOTENCY_KEY = "A unique key for this create (e.g. a UUID). A retry with the same key and"
            + " the same body answers the first result again, with Idempotency-Replayed: true, and creates nothing;"
            + " the same key with another body is refused with 422. Keys are kept for 24 hours by default.";
    static final String IF_MATCH = "Required: the ETag of the version the change is based on (strong comparison;"
            + " a list of tags or * for any version also works). A stale or weak tag is refused with 412, a missing"
            + " header with 428.";
    static final String LIMIT = "Page size, 1 to 200 (default 50); above the maximum: 422.";
    static final String AFTER = "The nextCursor of the previous page, unchanged; anything else: 400.";
    static final String ETAG = "Strong entity tag of the returned version, e.g. \"3\".";
    static final String CHANGES_ETAG = "Weak entity tag of the story's writes so far, e.g. W/\"42.7\" (none as of an"
            + " instant); send it back in If-None-Match to get 304 while nothing in the story changed.";
    static final String IF_NONE_MATCH = "The ETag of the copy you hold: 304 without a body while it is current.";
    static final String LOCATION = "Absolute URL of the created resource.";
    static final String LINK = "<absolute url>; rel=\"next\" when another page follows.";
    static final String REPLAYED = "'true' when this is the stored answer to an earlier request with the same"
            + " Idempotency-Key.";
    static final String STORY_ID = "Slug of the story.";
    static final String PROBLEM = "application/problem+json";
    static final String REVISIONS_TAG = "Revisions";
    static final String AS_OF = "The record as it stood at this UTC instant, read from the revisions: what was recorded"
            + " by then, including what was deleted since, with the titles, dates, statuses and ratings of then;"
            + " 404 for what did not stand then. An answer as of an instant carries no ETag: it is a record of then,"
            + " not a version to change.";
    static final String RESTORE = "Brings it back as its last revision kept it, within the restore retention"
            + " (timeline.restore.retention, 30 days unless configured), and records a RESTORED revision. 404 when"
            + " nothing was ever recorded under this id, or when it was deleted longer ago than the retention (the"
            + " detail names it); 409 when it is not deleted or something now stands in its way (the detail says"
            + " what). Its ETag carries on above the one it had, so a version read before the delete no longer matches.";
    static final String REVISIONS = "Newest first: who wrote what, when, and each changed field before and after."
            + " Every write leaves one, deletes and restores included, and a deleted resource keeps its revisions;"
            + " 404 when nothing was ever recorded under this id.";

    static final String CHANGES = "Every write leaves one change: its revision, with the resource as it recorded it, at"
            + " a position that increases in the order the writes committed, so a reader that resumes after the last"
            + " id it saw misses nothing and sees nothing twice. Types: story, outlet, article, event, transition and"
            + " event-relation, each .created, .updated, .deleted or .restored; an article update that changes its status"
            + " is article.corrected, article.retracted or article.published instead. A delete of a story or event"
            + " brings a change for each thing that went with it. Changes are kept for newsroom.changes.retention (30"
            + " days unless configured); revisions for good.";
    static final String CHANGES_AFTER = "The id of the last change read; without it, from the oldest change kept. Not a"
            + " number, or beyond the newest change: 400; older than what retention kept, so that changes after it are"
            + " gone: 410.";
    static final String CHANGES_STORY = "Only the changes of this story (outlets belong to none).";
    static final String CHANGES_TYPES = "Only changes of these types, comma-separated; an unknown type is 400.";
    static final String CHANGES_LIMIT = "Page size, 1 to 1000 (default 100); outside that: 400.";
    static final String LAST_EVENT_ID = "The id of the last event received, as an EventSource sends it when it reconnects;"
            + " wins over 'after'.";
    static final String CHANGES_STREAM = "The stream first sends what follows the position asked for, then each new"
            + " change within a second of its commit, until the client goes.";
    static final String CHANGES_EVENTS = "text/event-stream: each change as 'id: <change id>', 'event: <type>' and 'data: <the"
            + " Change as JSON>'; a ': connected' comment at once and a ': heartbeat' comment every 15 seconds"
            + " (newsroom.changes.heartbeat) keep the connection open.";

    private ApiDocs() {
    }
}

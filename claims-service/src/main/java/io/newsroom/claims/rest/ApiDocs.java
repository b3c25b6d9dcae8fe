package io.newsroom.claims.rest;

import io.newsroom.stylebook.ChangeQuery;
import io.newsroom.stylebook.Cursor;

/**
 * Descriptions of the response headers, written once. Headers are described inline on each
 * response rather than as shared components: client generators (the gateway's among them) do not
 * all follow a header $ref.
 */
final class ApiDocs {

    /** A story's id: a slug of at most 80 characters, as timeline-service has it. */
    static final String SLUG = "^[a-z0-9]+(?:-[a-z0-9]+)*$";
    static final int STORY_ID_LENGTH = 80;
    static final int CURSOR_LENGTH = Cursor.MAX_LENGTH;
    static final String CHANGE_ID = ChangeQuery.POSITION_PATTERN;
    static final int CHANGE_ID_LENGTH = ChangeQuery.MAX_POSITION_LENGTH;
    static final int CHANGE_TYPES_LENGTH = ChangeQuery.MAX_TYPES_LENGTH;
    /** A date bound of a list: an EDTF date, as long as a claim's date may be. */
    static final int DATE_LENGTH = 64;

    static final String ETAG = "Strong validator of the resource's current version; send it back in If-Match";
    static final String LOCATION = "URL of the created resource";
    static final String REPLAYED = "'true' when this answer replays the first answer to the same Idempotency-Key";
    static final String ETAG_OF_CLAIM = "ETag of the claim this is part of, now at its new version; send it back in If-Match";
    static final String IF_MATCH = "The ETag of the resource as last read, or * to change whichever version is stored";
    static final String IF_MATCH_CLAIM = "The ETag of the claim as last read (stances and the verdict are part of it), "
            + "or * to change whichever version is stored";
    static final String CHANGES_ETAG = "Weak validator of the story's writes so far (claims and actors), e.g. W/\"42.7\", "
            + "none as of an instant; send it back in If-None-Match to get 304 while nothing the window shows changed";
    static final String IF_NONE_MATCH = "The ETag of the copy you hold: 304 without a body while it is current";
    static final String LINK = "Link to the next page: <url>; rel=\"next\"";

    static final String REVISIONS = "Newest first: who wrote what and when, each changed field before and after. "
            + "Deletes and restores are revisions too, and a deleted resource keeps its history.";
    static final String LIMIT = "Page size, 1 to 200";
    static final String AS_OF = "Answer as things stood at this UTC instant, from the revisions: what was recorded by then, "
            + "as it was then, including what was deleted since";
    static final String AFTER = "The nextCursor of the previous page";

    static final String CHANGES = "Every write leaves one change: its revision, with the resource as it recorded it, at a "
            + "position that increases in the order the writes committed, so a reader that resumes after the last id it saw "
            + "misses nothing and sees nothing twice. Types: actor, claim, appearance, stance, verdict and claim-relation, "
            + "each .created, .updated, .deleted or .restored; a claim delete brings a change for each part that went with "
            + "it. Changes are kept for newsroom.changes.retention (30 days unless configured); revisions for good.";
    static final String CHANGES_AFTER = "The id of the last change read; without it, from the oldest change kept. Not a "
            + "number, or beyond the newest change: 400; older than what retention kept, so that changes after it are gone: 410";
    static final String CHANGES_STORY = "Only the changes of this story (actors belong to none)";
    static final String CHANGES_TYPES = "Only changes of these types, comma-separated; an unknown type is 400";
    static final String CHANGES_LIMIT = "Page size, 1 to 1000 (default 100); outside that: 400";
    static final String LAST_EVENT_ID = "The id of the last event received, as an EventSource sends it when it reconnects; "
            + "wins over 'after'";
    static final String CHANGES_STREAM = "The stream first sends what follows the position asked for, then each new change "
            + "within a second of its commit, until the client goes.";
    static final String CHANGES_EVENTS = "text/event-stream: each change as 'id: <change id>', 'event: <type>' and 'data: <the "
            + "Change as JSON>'; a ': connected' comment at once and a ': heartbeat' comment every 15 seconds "
            + "(newsroom.changes.heartbeat) keep the connection open";

    private ApiDocs() {
    }
}

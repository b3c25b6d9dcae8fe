-- What claims-service learns from timeline-service's change feed: which cited articles were corrected or
-- retracted, which events and stories were deleted. Reads flag the claims that cite or name them by joining
-- these tables, so a claim recorded after the news arrived is flagged as well as one recorded before.

-- Where the follower has read timeline's feed up to. One row; a follower locks it (FOR UPDATE SKIP LOCKED)
-- for the transaction that applies a page of entries and moves the position past them, so each entry takes
-- effect exactly once whatever the number of replicas, and a replica killed mid-page leaves nothing of it.
CREATE TABLE feed_follower (
    feed               text PRIMARY KEY CHECK (feed = 'timeline'),
    -- The id of the last entry applied (timeline's feed ids are decimal, strictly increasing).
    position           bigint      NOT NULL DEFAULT 0,
    followed_at        timestamptz,
    -- The newest gap: entries timeline pruned before they were read (410), between these positions.
    gap_after          bigint,
    gap_until          bigint,
    gap_detected_at    timestamptz
);
INSERT INTO feed_follower (feed) VALUES ('timeline');

-- Every status change of a cited article timeline reported, kept (never updated) so a read as of an instant
-- shows what was known then. The current status of a URL is its row of the newest feed position. Articles are
-- a story's in timeline-service, but a retraction is of the article, wherever it is cited: keyed by URL alone.
CREATE TABLE article_status (
    url           text        NOT NULL,
    feed_position bigint      NOT NULL,
    status        text        NOT NULL CHECK (status IN ('PUBLISHED', 'CORRECTED', 'RETRACTED')),
    note          text,
    -- When the outlet's status changed (the article's statusChangedAt), shown to the desk.
    changed_at    timestamptz NOT NULL,
    -- When timeline-service recorded the change (its revision): what a read as of an instant goes by.
    recorded_at   timestamptz NOT NULL,
    story_id      text,
    PRIMARY KEY (url, feed_position)
);
CREATE INDEX article_status_recorded_idx ON article_status (url, recorded_at DESC, feed_position DESC);

-- Deletions and restores of timeline events, kept as article_status is.
CREATE TABLE event_deletion (
    event_id      uuid        NOT NULL,
    feed_position bigint      NOT NULL,
    deleted       boolean     NOT NULL,
    recorded_at   timestamptz NOT NULL,
    story_id      text,
    PRIMARY KEY (event_id, feed_position)
);
CREATE INDEX event_deletion_recorded_idx ON event_deletion (event_id, recorded_at DESC, feed_position DESC);

-- The claims deleted because their story was: a restore of the story brings back exactly these, not a claim
-- deleted on its own before. deleted_at is the instant of their DELETED revisions; restored_at is set when the
-- story came back.
CREATE TABLE story_deletion (
    story_id      text        NOT NULL,
    feed_position bigint      NOT NULL,
    deleted_at    timestamptz NOT NULL,
    claim_ids     uuid[]      NOT NULL,
    restored_at   timestamptz,
    PRIMARY KEY (story_id, feed_position)
);

-- The claims citing a URL (to flag their stories' windows as changed), whichever way they cite it.
CREATE INDEX appearance_url_idx ON appearance (url);
CREATE INDEX stance_evidence_url_idx ON stance_evidence (url);
-- The claims made at an event, across stories.
CREATE INDEX claim_event_idx ON claim (event_id) WHERE event_id IS NOT NULL;

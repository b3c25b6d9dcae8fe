-- The change feed: one entry per revision, written by the database in the revision's own transaction
-- (a transactional outbox), so there is no change without its entry and no entry without its change,
-- whichever writer inserted the revision (the service, an actor merge, a restore, a migration's baseline).
-- Readers page it by position; the service's stream and the gateway follow it.
--
-- Positions are handed out at commit, in commit order. A revision's id and time are taken before commit and
-- transactions commit in another order than they began, so a reader that saw position N could later see a
-- smaller one appear; a sequence has the same flaw. The trigger below is deferred to commit: there it locks
-- the one row of change_feed_turn, so a second committing transaction waits until the first has committed
-- (and is visible), and only then takes the positions after the newest one. So positions become visible in
-- order and without gaps (a transaction that rolls back takes its entries with it), and a reader that has read
-- up to N never later sees a new entry at or below N. The price is that commits of writes queue on that row
-- for the moment their deferred triggers run, as writes to one story already queue on its counter (V11).
-- The row is locked, never updated: a transaction that writes many revisions (a story delete takes thousands
-- of events with it) would otherwise leave a version of it per revision, each update slower than the last.
CREATE TABLE change_feed_turn (
    only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row)
);
INSERT INTO change_feed_turn (only_row) VALUES (true);

-- What a feed reader filters on is kept here; the rest of an entry (number, time, state) is read from its
-- revision, which is never pruned, so the outbox holds no second copy of every state. Retention never prunes
-- the newest entry, so the newest position stays known.
CREATE TABLE change_feed (
    position    bigint PRIMARY KEY,
    -- A revision is never deleted by the service; should one be (by hand, by a test), its entry goes with it.
    revision_id uuid NOT NULL UNIQUE REFERENCES revision (id) ON DELETE CASCADE,
    type        text NOT NULL,
    story_id    text,
    -- When the entry's transaction committed: what the retention counts from.
    entered_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
-- A story's feed in order.
CREATE INDEX change_feed_story ON change_feed (story_id, position);
-- What retention prunes: the oldest entries.
CREATE INDEX change_feed_entered ON change_feed (entered_at);

-- A feed entry's type: resource and action, as the feed's readers know them; "relation" is a claim
-- relation, named so beside the timeline service's event relations.
CREATE FUNCTION change_feed_type(resource_type text, action text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT CASE resource_type WHEN 'relation' THEN 'claim-relation' ELSE resource_type END || '.' || lower(action)
$$;

CREATE FUNCTION change_feed_enter() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    -- The position this transaction handed out last, kept for its next revision; empty before its first.
    last_position bigint := nullif(current_setting('newsroom.change_feed_position', true), '')::bigint;
BEGIN
    IF last_position IS NULL THEN
        PERFORM 1 FROM change_feed_turn FOR UPDATE;
        last_position := coalesce((SELECT max(position) FROM change_feed), 0);
        -- Delivered when the transaction commits: the service's relay then reads what is new instead of
        -- waiting for its next poll.
        PERFORM pg_notify('claims_changes', '');
    END IF;
    last_position := last_position + 1;
    PERFORM set_config('newsroom.change_feed_position', last_position::text, true);
    INSERT INTO change_feed (position, revision_id, type, story_id)
    VALUES (last_position, NEW.id, change_feed_type(NEW.resource_type, NEW.action), NEW.story_id);
    RETURN NULL;
END
$$;

-- Named to sort before revision_counts_story_change: PostgreSQL fires a row's triggers in name order, so
-- every committing transaction takes its turn before any story counter, and none waits for another
-- in the opposite order.
CREATE CONSTRAINT TRIGGER revision_change_feed AFTER INSERT ON revision
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION change_feed_enter();

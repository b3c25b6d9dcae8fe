-- The change feed: one entry per revision, written by the database in the revision's own transaction
-- (a transactional outbox), so there is no change without its entry and no entry without its change,
-- whichever writer inserted the revision (the service, an actor merge, a restore, a migration's baseline).
-- Readers page it by position; the service's stream and the gateway follow it.
--
-- Positions are handed out at commit, from one counter row, in commit order. A revision's id and time
-- are taken before commit and transactions commit in another order than they began, so a reader that
-- saw position N could later see a smaller one appear; a sequence has the same flaw. The trigger below
-- is deferred to commit and takes the next position by updating the counter: a second committing
-- transaction waits on that row until the first has committed (and is visible), then takes the next
-- number. So positions become visible in order and without gaps (a transaction that rolls back gives
-- its numbers back with its update of the counter), and a reader that has read up to N never later
-- sees a new entry at or below N. The price is that commits of writes queue on the counter for the
-- moment their deferred triggers run, which is what the story counters (V11) already cost a story.
CREATE TABLE change_feed_counter (
    -- One row: the last position handed out.
    only_row      boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    last_position bigint  NOT NULL
);
INSERT INTO change_feed_counter (only_row, last_position) VALUES (true, 0);

-- What a feed reader filters on is kept here; the rest of an entry (number, time, state) is read from its
-- revision, which is never pruned, so the outbox holds no second copy of every state.
CREATE TABLE change_feed (
    position    bigint PRIMARY KEY,
    revision_id uuid NOT NULL UNIQUE REFERENCES revision (id),
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
    next_position bigint;
BEGIN
    UPDATE change_feed_counter SET last_position = last_position + 1 RETURNING last_position INTO next_position;
    INSERT INTO change_feed (position, revision_id, type, story_id)
    VALUES (next_position, NEW.id, change_feed_type(NEW.resource_type, NEW.action), NEW.story_id);
    -- Delivered when the transaction commits, once however many entries it made: the service's relay
    -- then reads what is new instead of waiting for its next poll.
    PERFORM pg_notify('claims_changes', '');
    RETURN NULL;
END
$$;

-- Named to sort before revision_counts_story_change: PostgreSQL fires a row's triggers in name order, so
-- every committing transaction takes the counter before any story counter, and none waits for another
-- in the opposite order.
CREATE CONSTRAINT TRIGGER revision_change_feed AFTER INSERT ON revision
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION change_feed_enter();

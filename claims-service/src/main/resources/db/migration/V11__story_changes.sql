-- How many writes each story has had, counted from its revisions: the entity tag of its claims
-- window, so the gateway revalidates a story view for the price of one primary-key read instead of
-- composing the window again. Actors belong to no story (story_id '' counts them): windows name them.
--
-- A counter, not the newest revision: revision ids and times are taken before commit and can become
-- visible out of order, while a row that each write updates commits its changes in order. The update
-- is deferred to commit, so writes to one story queue on its counter only while they commit.
CREATE TABLE story_change (
    story_id text PRIMARY KEY,
    changes  bigint NOT NULL
);

INSERT INTO story_change (story_id, changes)
SELECT coalesce(story_id, ''), count(*) FROM revision GROUP BY coalesce(story_id, '');

CREATE FUNCTION story_change_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO story_change AS c (story_id, changes) VALUES (coalesce(NEW.story_id, ''), 1)
        ON CONFLICT (story_id) DO UPDATE SET changes = c.changes + 1;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER revision_counts_story_change AFTER INSERT ON revision
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION story_change_count();

-- A story's claims as of an instant are ordered like its current claims, by made-at earliest, then
-- latest, then id. Taken out of each claim revision's JSON state on every read, those two instants
-- were most of what an as-of page cost beyond a current one; kept as columns of the revision, next to
-- the keys the page looks claims up by, they cost what the current page's index does.

-- An instant as the service writes it into states (ISO 8601 in UTC, with Z): such text reads the same
-- whatever the session's DateStyle and time zone, which is what lets a stored column use it.
CREATE FUNCTION newsroom_instant_value(value text) RETURNS timestamptz
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT cast(value AS timestamptz) $$;

ALTER TABLE revision
    ADD COLUMN made_earliest timestamptz GENERATED ALWAYS AS (CASE WHEN resource_type = 'claim'
        THEN newsroom_instant_value(state -> 'madeAt' ->> 'earliest') END) STORED,
    ADD COLUMN made_latest timestamptz GENERATED ALWAYS AS (CASE WHEN resource_type = 'claim'
        THEN newsroom_instant_value(state -> 'madeAt' ->> 'latest') END) STORED;

-- The story's resources of one type as of an instant, now carrying what an as-of page of claims
-- filters and orders by, so only the claims it shows have their states read.
DROP INDEX revision_story_idx;
CREATE INDEX revision_story_idx ON revision (story_id, resource_type, resource_id, recorded_at DESC, number DESC)
    INCLUDE (action, made_earliest, made_latest, id)
    WHERE story_id IS NOT NULL;

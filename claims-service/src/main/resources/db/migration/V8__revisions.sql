-- Every write to an actor, claim, appearance, stance, verdict or claim relation leaves a revision,
-- written in the transaction of the write: who made it, when, each changed field before and after,
-- and the state the resource had afterwards (for a delete, the state it had), in the API's JSON
-- representation. Reads "as of" an instant and restores of deleted claims and actors are answered
-- from these states, so a revision is never updated or deleted.
CREATE TABLE revision (
    id             uuid PRIMARY KEY,
    resource_type  text        NOT NULL
        CHECK (resource_type IN ('actor', 'claim', 'appearance', 'stance', 'verdict', 'relation')),
    -- A verdict has no id of its own: it is the verdict of its claim, so it goes by the claim's id.
    resource_id    uuid        NOT NULL,
    story_id       text,
    -- The claim a revision belongs to: the claim itself, or the claim an appearance, stance, verdict
    -- or relation (its from-claim) is part of.
    claim_id       uuid,
    -- The actor a revision is about: the actor itself, a claim's claimant, a stance's actor.
    actor_id       uuid,
    number         integer     NOT NULL CHECK (number > 0),
    action         text        NOT NULL CHECK (action IN ('CREATED', 'UPDATED', 'DELETED', 'RESTORED')),
    author_subject text        NOT NULL,
    author_name    text        NOT NULL,
    recorded_at    timestamptz NOT NULL,
    changes        jsonb       NOT NULL,
    state          jsonb       NOT NULL,
    -- The version (ETag) of a claim or actor after the write, so a restored one carries on above it and
    -- an ETag read before its deletion can never match it again.
    version        integer,
    UNIQUE (resource_type, resource_id, number)
);
-- One resource's history, newest first, and its state at an instant (the newest at or before it).
CREATE INDEX revision_history_idx ON revision (resource_type, resource_id, recorded_at DESC, number DESC);
-- A story's resources of one type as of an instant: its claims for a page, board or window of then.
CREATE INDEX revision_story_idx ON revision (story_id, resource_type, resource_id, recorded_at DESC, number DESC)
    WHERE story_id IS NOT NULL;
-- A claim's appearances, stances and relations as of an instant.
CREATE INDEX revision_claim_idx ON revision (claim_id, resource_type, resource_id, recorded_at DESC, number DESC)
    WHERE claim_id IS NOT NULL;
-- What an actor claimed and which stances it took, as of an instant.
CREATE INDEX revision_actor_idx ON revision (actor_id, resource_type, resource_id) WHERE actor_id IS NOT NULL;

-- A baseline for what was recorded before revisions were kept: one CREATED revision per row at the
-- time it was recorded, holding the row as it is now (earlier edits were not kept, so they are not
-- known), and the later events whose time is stored: a stance's supersession and a verdict's
-- recording. A read as of any instant thus works the same for old and new rows.

-- Instants as Java writes them (java.time.Instant#toString), so baseline states read like the rest.
CREATE FUNCTION newsroom_instant(value timestamptz) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$
    SELECT CASE
        WHEN extract(microseconds FROM value)::bigint % 1000000 = 0
            THEN to_char(value AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
        WHEN extract(microseconds FROM value)::bigint % 1000 = 0
            THEN to_char(value AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')
        ELSE to_char(value AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') END
$$;

-- What a CREATED revision lists: every field it was created with, from nothing.
CREATE FUNCTION newsroom_created_changes(state jsonb, ignored text[]) RETURNS jsonb
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT coalesce(jsonb_agg(jsonb_build_object('field', key, 'before', NULL, 'after', value) ORDER BY key),
                    '[]'::jsonb)
    FROM jsonb_each(state) WHERE value <> 'null'::jsonb AND NOT key = ANY(ignored)
$$;

-- The baseline, as a function of rows that have no revision yet, so it can run again on rows that
-- were written behind the service's back (bulk loads) without touching what already has a history.
CREATE FUNCTION newsroom_baseline_revisions() RETURNS integer
    LANGUAGE plpgsql
AS $$
DECLARE
    baseline_subject constant text := 'newsroom:baseline';
    baseline_name constant text := 'Recorded before revisions were kept';
    written integer := 0;
    n integer;
BEGIN
    INSERT INTO revision (id, resource_type, resource_id, actor_id, number, action, author_subject, author_name,
                          recorded_at, changes, state, version)
    SELECT gen_random_uuid(), 'actor', a.id, a.id, 1, 'CREATED', baseline_subject, baseline_name, a.created_at,
           newsroom_created_changes(s.state, ARRAY['updatedAt']), s.state, a.version
    FROM actor a
    CROSS JOIN LATERAL (SELECT jsonb_build_object('id', a.id, 'name', a.name, 'kind', a.kind,
            'description', a.description, 'country', a.country, 'wikidataId', a.wikidata_id,
            'aliases', to_jsonb(a.aliases), 'members', to_jsonb(a.members),
            'createdAt', newsroom_instant(a.created_at), 'updatedAt', newsroom_instant(a.updated_at)) AS state) s
    WHERE NOT EXISTS (SELECT 1 FROM revision r WHERE r.resource_type = 'actor' AND r.resource_id = a.id);
    GET DIAGNOSTICS n = ROW_COUNT;
    written := written + n;

    -- A claim's state holds its own fields, status and verdict; its appearances and stances are revised
    -- on their own, so the claim's state leaves them empty. Its verdict arrived later than the claim:
    -- as of an instant in between, the claim had none.
    WITH fresh AS (
        SELECT c.id, c.story_id, c.claimant_id, c.recorded_at, c.version, v.recorded_at AS verdict_recorded_at,
               jsonb_build_object('id', c.id, 'storyId', c.story_id, 'proposition', c.proposition,
                'language', c.language, 'claimantId', c.claimant_id,
                'claimant', jsonb_build_object('id', ca.id, 'name', ca.name, 'kind', ca.kind),
                'madeAt', jsonb_build_object('edtf', c.made_edtf, 'precision', c.made_precision,
                    'earliest', newsroom_instant(c.made_earliest), 'latest', newsroom_instant(c.made_latest),
                    'approximate', c.made_edtf ~ '[~%]', 'uncertain', c.made_edtf ~ '[?%]'),
                'eventId', c.event_id, 'tags', to_jsonb(c.tags), 'appearances', '[]'::jsonb, 'firstAppearance', NULL,
                'status', c.status, 'stances', '[]'::jsonb, 'verdict', NULL,
                'recordedAt', newsroom_instant(c.recorded_at), 'updatedAt', newsroom_instant(c.updated_at)) AS state,
               CASE WHEN v.claim_id IS NULL THEN NULL ELSE jsonb_build_object('rating', v.rating,
                'explanation', v.explanation, 'reviewer', v.reviewer, 'reviewedAt', newsroom_instant(v.reviewed_at),
                'recordedAt', newsroom_instant(v.recorded_at)) END AS verdict
        FROM claim c JOIN actor ca ON ca.id = c.claimant_id LEFT JOIN verdict v ON v.claim_id = c.id
        WHERE NOT EXISTS (SELECT 1 FROM revision r WHERE r.resource_type = 'claim' AND r.resource_id = c.id)
    ), claims AS (
        INSERT INTO revision (id, resource_type, resource_id, story_id, claim_id, actor_id, number, action,
                              author_subject, author_name, recorded_at, changes, state, version)
        SELECT gen_random_uuid(), 'claim', c.id, c.story_id, c.id, c.claimant_id, 1, 'CREATED', baseline_subject,
               baseline_name, c.recorded_at,
               newsroom_created_changes(c.state,
                   ARRAY['updatedAt', 'appearances', 'stances', 'firstAppearance', 'claimant']),
               c.state, c.version
        FROM fresh c
        UNION ALL
        SELECT gen_random_uuid(), 'claim', c.id, c.story_id, c.id, c.claimant_id, 2, 'UPDATED', baseline_subject,
               baseline_name, greatest(c.verdict_recorded_at, c.recorded_at),
               jsonb_build_array(jsonb_build_object('field', 'verdict', 'before', NULL, 'after', c.verdict)),
               jsonb_set(c.state, '{verdict}', c.verdict), c.version
        FROM fresh c WHERE c.verdict IS NOT NULL
        UNION ALL
        SELECT gen_random_uuid(), 'verdict', c.id, c.story_id, c.id, NULL, 1, 'CREATED', baseline_subject,
               baseline_name, c.verdict_recorded_at, newsroom_created_changes(c.verdict, ARRAY[]::text[]),
               c.verdict, NULL
        FROM fresh c WHERE c.verdict IS NOT NULL
        RETURNING 1
    )
    SELECT count(*) INTO n FROM claims;
    written := written + n;

    INSERT INTO revision (id, resource_type, resource_id, story_id, claim_id, number, action,
                          author_subject, author_name, recorded_at, changes, state)
    SELECT gen_random_uuid(), 'appearance', ap.id, c.story_id, c.id, 1, 'CREATED', baseline_subject, baseline_name,
           ap.recorded_at, newsroom_created_changes(s.state, ARRAY[]::text[]), s.state
    FROM appearance ap JOIN claim c ON c.id = ap.claim_id
    CROSS JOIN LATERAL (SELECT jsonb_build_object('id', ap.id, 'url', ap.url, 'outlet', ap.outlet,
            'title', ap.title, 'publishedAt', newsroom_instant(ap.published_at), 'quote', ap.quote,
            'language', ap.language, 'recordedAt', newsroom_instant(ap.recorded_at)) AS state) s
    WHERE NOT EXISTS (SELECT 1 FROM revision r WHERE r.resource_type = 'appearance' AND r.resource_id = ap.id);
    GET DIAGNOSTICS n = ROW_COUNT;
    written := written + n;

    -- A stance is current from its recording until a later one of its actor supersedes it.
    WITH fresh AS (
        SELECT st.id, st.superseded_at, st.recorded_at, st.actor_id, c.id AS claim_id, c.story_id,
               jsonb_build_object('id', st.id, 'claimId', st.claim_id,
                'actor', jsonb_build_object('id', sa.id, 'name', sa.name, 'kind', sa.kind),
                'position', st.position, 'summary', st.summary,
                'evidence', coalesce((SELECT jsonb_agg(jsonb_build_object('url', e.url, 'outlet', e.outlet,
                        'title', e.title, 'publishedAt', newsroom_instant(e.published_at), 'quote', e.quote,
                        'language', e.language) ORDER BY e.seq)
                    FROM stance_evidence e WHERE e.stance_id = st.id), '[]'::jsonb),
                'takenAt', newsroom_instant(st.taken_at), 'recordedAt', newsroom_instant(st.recorded_at),
                'supersededAt', NULL, 'current', true) AS state
        FROM stance st JOIN claim c ON c.id = st.claim_id JOIN actor sa ON sa.id = st.actor_id
        WHERE NOT EXISTS (SELECT 1 FROM revision r WHERE r.resource_type = 'stance' AND r.resource_id = st.id)
    ), stances AS (
        INSERT INTO revision (id, resource_type, resource_id, story_id, claim_id, actor_id, number, action,
                              author_subject, author_name, recorded_at, changes, state)
        SELECT gen_random_uuid(), 'stance', s.id, s.story_id, s.claim_id, s.actor_id, 1, 'CREATED', baseline_subject,
               baseline_name, s.recorded_at, newsroom_created_changes(s.state, ARRAY[]::text[]), s.state
        FROM fresh s
        UNION ALL
        SELECT gen_random_uuid(), 'stance', s.id, s.story_id, s.claim_id, s.actor_id, 2, 'UPDATED', baseline_subject,
               baseline_name, greatest(s.superseded_at, s.recorded_at),
               jsonb_build_array(
                   jsonb_build_object('field', 'supersededAt', 'before', NULL,
                       'after', newsroom_instant(s.superseded_at)),
                   jsonb_build_object('field', 'current', 'before', true, 'after', false)),
               s.state || jsonb_build_object('supersededAt', newsroom_instant(s.superseded_at), 'current', false)
        FROM fresh s WHERE s.superseded_at IS NOT NULL
        RETURNING 1
    )
    SELECT count(*) INTO n FROM stances;
    written := written + n;

    INSERT INTO revision (id, resource_type, resource_id, story_id, claim_id, number, action,
                          author_subject, author_name, recorded_at, changes, state)
    SELECT gen_random_uuid(), 'relation', r.id, c.story_id, r.from_claim_id, 1, 'CREATED', baseline_subject,
           baseline_name, r.recorded_at, newsroom_created_changes(s.state, ARRAY[]::text[]), s.state
    FROM claim_relation r JOIN claim c ON c.id = r.from_claim_id
    CROSS JOIN LATERAL (SELECT jsonb_build_object('id', r.id, 'fromClaimId', r.from_claim_id,
            'toClaimId', r.to_claim_id, 'type', r.type, 'recordedAt', newsroom_instant(r.recorded_at)) AS state) s
    WHERE NOT EXISTS (SELECT 1 FROM revision x WHERE x.resource_type = 'relation' AND x.resource_id = r.id);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN written + n;
END
$$;

SELECT newsroom_baseline_revisions();

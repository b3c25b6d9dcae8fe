-- A Wikidata id belongs to one actor. Actors that share one (five desks each recorded Q7747) are folded
-- into the oldest of them, as a merge would: their claims and stances move to it, their names and
-- aliases become its aliases, groups name it instead, and their ids redirect to it. Then the unique
-- index makes sure it stays so.

-- Where an actor merged into another is now: GET of the old id answers 308 with the kept one.
CREATE TABLE actor_redirect (
    from_id   uuid PRIMARY KEY,
    to_id     uuid        NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    merged_at timestamptz NOT NULL
);
CREATE INDEX actor_redirect_to_idx ON actor_redirect (to_id);

-- The fields whose values differ between two states, as a revision lists them ('null' and absent alike).
CREATE FUNCTION newsroom_changes(before jsonb, after jsonb, ignored text[]) RETURNS jsonb
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT coalesce(jsonb_agg(jsonb_build_object('field', k, 'before', coalesce(before -> k, 'null'::jsonb),
                                                 'after', coalesce(after -> k, 'null'::jsonb)) ORDER BY k), '[]'::jsonb)
    FROM (SELECT jsonb_object_keys(coalesce(before, '{}'::jsonb)) UNION SELECT jsonb_object_keys(coalesce(after, '{}'::jsonb))) AS keys(k)
    WHERE NOT k = ANY(ignored) AND coalesce(before -> k, 'null'::jsonb) IS DISTINCT FROM coalesce(after -> k, 'null'::jsonb)
$$;

-- A revision written by this migration: the resource's newest state with the given fields replaced
-- (a delete keeps it as it was), numbered after it; an update that changes nothing is not written.
CREATE FUNCTION newsroom_migration_revision(kind text, resource uuid, replaced jsonb, act text, ignored text[],
                                            at timestamptz, new_version integer) RETURNS void
    LANGUAGE plpgsql
AS $$
DECLARE
    previous revision%ROWTYPE;
    after_write jsonb;
    changed jsonb;
BEGIN
    SELECT * INTO previous FROM revision r WHERE r.resource_type = kind AND r.resource_id = resource
    ORDER BY r.number DESC LIMIT 1;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no revision of % % to carry on from', kind, resource;
    END IF;
    after_write := CASE WHEN act = 'DELETED' THEN previous.state ELSE previous.state || replaced END;
    changed := CASE WHEN act = 'DELETED' THEN newsroom_changes(after_write, NULL, ignored)
                    ELSE newsroom_changes(previous.state, after_write, ignored) END;
    IF act = 'UPDATED' AND changed = '[]'::jsonb THEN
        RETURN;
    END IF;
    INSERT INTO revision (id, resource_type, resource_id, story_id, claim_id, actor_id, number, action,
                          author_subject, author_name, recorded_at, changes, state, version)
    VALUES (gen_random_uuid(), kind, resource, previous.story_id, previous.claim_id,
            CASE kind WHEN 'claim' THEN (after_write ->> 'claimantId')::uuid
                      WHEN 'stance' THEN (after_write -> 'actor' ->> 'id')::uuid
                      ELSE previous.actor_id END,
            previous.number + 1, act, 'newsroom:migration', 'Actors sharing a Wikidata id folded into the oldest',
            at, changed, after_write, coalesce(new_version, previous.version));
END
$$;

-- Folds every actor that shares its Wikidata id with an older one into that oldest actor. A stance that
-- would thereby stop being the only current one of its actor on a claim (the kept actor's own is kept,
-- else the newest), or would become the claimant's stance on its own claim, is superseded: it stays in
-- the history. A merged GROUP's own members are not carried over (its DELETED revision keeps them).
-- Returns how many actors were folded.
CREATE FUNCTION newsroom_fold_duplicate_actors() RETURNS integer
    LANGUAGE plpgsql
AS $$
DECLARE
    at constant timestamptz := now();
    claim_ignored constant text[] := ARRAY['updatedAt', 'appearances', 'stances', 'firstAppearance', 'claimant'];
    folded integer;
BEGIN
    DROP TABLE IF EXISTS fold, touched_stance, touched_claim, touched_actor;
    CREATE TEMPORARY TABLE fold AS
        SELECT f.id AS duplicate, f.kept FROM (
            SELECT a.id, first_value(a.id) OVER (PARTITION BY a.wikidata_id ORDER BY a.created_at, a.id) AS kept
            FROM actor a WHERE a.wikidata_id IS NOT NULL) f
        WHERE f.id <> f.kept;
    SELECT count(*) INTO folded FROM fold;
    IF folded = 0 THEN
        DROP TABLE fold;
        RETURN 0;
    END IF;
    -- Every revision below carries on from the resource's newest one; rows loaded in bulk may have none yet.
    PERFORM newsroom_baseline_revisions();

    CREATE TEMPORARY TABLE touched_stance AS
        SELECT s.id FROM stance s WHERE s.actor_id IN (SELECT duplicate FROM fold);
    CREATE TEMPORARY TABLE touched_claim AS
        SELECT c.id FROM claim c WHERE c.claimant_id IN (SELECT duplicate FROM fold)
        UNION SELECT s.claim_id FROM stance s WHERE s.id IN (SELECT id FROM touched_stance);
    CREATE TEMPORARY TABLE touched_actor AS
        SELECT DISTINCT kept AS id FROM fold
        UNION SELECT g.id FROM actor g WHERE g.members && ARRAY(SELECT duplicate FROM fold)
            AND g.id NOT IN (SELECT duplicate FROM fold);

    -- One current stance per actor and claim once the duplicates are one actor.
    UPDATE stance s SET superseded_at = at
    FROM (SELECT s2.id, row_number() OVER (PARTITION BY s2.claim_id, coalesce(f.kept, s2.actor_id)
                                           ORDER BY (f.kept IS NULL) DESC, s2.recorded_at DESC, s2.id) AS rank
          FROM stance s2 LEFT JOIN fold f ON f.duplicate = s2.actor_id
          WHERE s2.superseded_at IS NULL AND (f.kept IS NOT NULL OR s2.actor_id IN (SELECT kept FROM fold))) r
    WHERE r.id = s.id AND r.rank > 1;
    UPDATE stance s SET actor_id = f.kept FROM fold f WHERE s.actor_id = f.duplicate;
    UPDATE claim c SET claimant_id = f.kept FROM fold f WHERE c.claimant_id = f.duplicate;
    UPDATE actor g SET members = ARRAY(
            SELECT r.member FROM unnest(g.members) WITH ORDINALITY AS u(member, ord)
            CROSS JOIN LATERAL (SELECT coalesce((SELECT f.kept FROM fold f WHERE f.duplicate = u.member), u.member)
                                AS member) r
            WHERE r.member <> g.id GROUP BY r.member ORDER BY min(u.ord))
    WHERE g.id IN (SELECT id FROM touched_actor) AND g.members && ARRAY(SELECT duplicate FROM fold);

    -- A claimant backing its own claim (or a member of a claimant group backing the group) is not allowed.
    UPDATE stance s SET superseded_at = at
    FROM claim c JOIN actor ca ON ca.id = c.claimant_id
    WHERE s.claim_id = c.id AND s.superseded_at IS NULL
      AND (s.id IN (SELECT id FROM touched_stance) OR c.id IN (SELECT id FROM touched_claim)
           OR ca.id IN (SELECT id FROM touched_actor))
      AND (s.actor_id = c.claimant_id OR (ca.kind = 'GROUP' AND s.actor_id = ANY(ca.members)));
    INSERT INTO touched_stance
        SELECT s.id FROM stance s WHERE s.superseded_at = at AND s.id NOT IN (SELECT id FROM touched_stance);
    INSERT INTO touched_claim
        SELECT DISTINCT s.claim_id FROM stance s
        WHERE s.id IN (SELECT id FROM touched_stance) AND s.claim_id NOT IN (SELECT id FROM touched_claim);

    -- The duplicates' names and aliases become the kept actor's aliases, each once (folded), in age order.
    UPDATE actor k SET aliases = ARRAY(
            SELECT d.alias FROM (
                SELECT DISTINCT ON (newsroom_fold(x.alias)) x.alias, x.ord FROM (
                    SELECT a.alias, a.ord FROM unnest(k.aliases) WITH ORDINALITY AS a(alias, ord)
                    UNION ALL
                    SELECT n.alias, 1000000 + row_number() OVER (ORDER BY dup.created_at, dup.id, n.ord)
                    FROM fold f JOIN actor dup ON dup.id = f.duplicate
                    CROSS JOIN LATERAL unnest(ARRAY[dup.name] || dup.aliases) WITH ORDINALITY AS n(alias, ord)
                    WHERE f.kept = k.id) x
                WHERE newsroom_fold(x.alias) <> newsroom_fold(k.name)
                ORDER BY newsroom_fold(x.alias), x.ord) d
            ORDER BY d.ord)
    WHERE k.id IN (SELECT kept FROM fold);
    UPDATE actor a SET version = a.version + 1, updated_at = at WHERE a.id IN (SELECT id FROM touched_actor);

    INSERT INTO actor_redirect (from_id, to_id, merged_at)
        SELECT duplicate, kept, at FROM fold
        ON CONFLICT (from_id) DO UPDATE SET to_id = excluded.to_id, merged_at = excluded.merged_at;
    UPDATE actor_redirect r SET to_id = f.kept FROM fold f WHERE r.to_id = f.duplicate;

    -- Stored status and ETag follow the stances that are current now.
    UPDATE claim c SET status = d.status, last_activity_at = d.last_activity, version = c.version + 1, updated_at = at
    FROM (SELECT t.id,
                 CASE WHEN bool_or(s.position = 'SUPPORTS') AND bool_or(s.position = 'DISPUTES') THEN 'CONTESTED'
                      WHEN bool_or(s.position = 'DISPUTES') THEN 'DISPUTED'
                      WHEN bool_or(s.position = 'SUPPORTS') THEN 'SUPPORTED'
                      ELSE 'UNCHALLENGED' END AS status,
                 max(s.recorded_at) AS last_activity
          FROM touched_claim t LEFT JOIN stance s ON s.claim_id = t.id AND s.superseded_at IS NULL
          GROUP BY t.id) d
    WHERE c.id = d.id;

    PERFORM newsroom_migration_revision('stance', s.id, jsonb_build_object(
                'actor', jsonb_build_object('id', sa.id, 'name', sa.name, 'kind', sa.kind),
                'supersededAt', CASE WHEN s.superseded_at IS NULL THEN NULL ELSE newsroom_instant(s.superseded_at) END,
                'current', s.superseded_at IS NULL),
            'UPDATED', ARRAY[]::text[], at, NULL)
    FROM stance s JOIN actor sa ON sa.id = s.actor_id WHERE s.id IN (SELECT id FROM touched_stance);
    PERFORM newsroom_migration_revision('claim', c.id, jsonb_build_object('claimantId', c.claimant_id,
                'claimant', jsonb_build_object('id', ca.id, 'name', ca.name, 'kind', ca.kind),
                'status', c.status, 'updatedAt', newsroom_instant(c.updated_at)),
            'UPDATED', claim_ignored, at, c.version)
    FROM claim c JOIN actor ca ON ca.id = c.claimant_id WHERE c.id IN (SELECT id FROM touched_claim);
    PERFORM newsroom_migration_revision('actor', a.id, jsonb_build_object('aliases', to_jsonb(a.aliases),
                'members', to_jsonb(a.members), 'updatedAt', newsroom_instant(a.updated_at)),
            'UPDATED', ARRAY['updatedAt'], at, a.version)
    FROM actor a WHERE a.id IN (SELECT id FROM touched_actor);
    PERFORM newsroom_migration_revision('actor', f.duplicate, NULL, 'DELETED', ARRAY['updatedAt'], at, a.version)
    FROM fold f JOIN actor a ON a.id = f.duplicate;

    DELETE FROM actor a WHERE a.id IN (SELECT duplicate FROM fold);
    DROP TABLE fold, touched_stance, touched_claim, touched_actor;
    RETURN folded;
END
$$;

SELECT newsroom_fold_duplicate_actors();

CREATE UNIQUE INDEX actor_wikidata_uq ON actor (wikidata_id);

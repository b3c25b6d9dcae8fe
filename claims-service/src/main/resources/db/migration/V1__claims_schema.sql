-- Claims, the actors behind them and the stances taken on them.
-- A claim's status is never stored: it is derived from current stances when claims are read.

CREATE EXTENSION IF NOT EXISTS unaccent;

-- unaccent() is only STABLE (its dictionary could change), so it cannot feed a generated
-- column or an index. Pinning the dictionary makes the wrapper safe to declare IMMUTABLE.
CREATE FUNCTION newsroom_fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, value)) $$;

-- Every key an actor can be found by: the whole name, each word of it, and each alias.
CREATE FUNCTION newsroom_actor_keys(name text, aliases text[]) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT array_agg(DISTINCT k) FROM (
        SELECT newsroom_fold(name) AS k
        UNION SELECT w FROM regexp_split_to_table(newsroom_fold(name), '\s+') AS w
        UNION SELECT newsroom_fold(a) FROM unnest(coalesce(aliases, '{}')) AS a
    ) keys WHERE k <> ''
$$;

-- Instants leave the database in one fixed UTC ISO 8601 shape whatever the session time zone.
CREATE FUNCTION newsroom_utc(value timestamptz) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT to_char(value AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') $$;

CREATE TABLE actor (
    id          uuid PRIMARY KEY,
    name        text        NOT NULL,
    kind        text        NOT NULL CHECK (kind IN ('PERSON', 'ORGANIZATION', 'GOVERNMENT', 'MEDIA', 'GROUP')),
    description text,
    country     char(2),
    wikidata_id text CHECK (wikidata_id ~ '^Q[1-9][0-9]*$'),
    aliases     text[]      NOT NULL DEFAULT '{}',
    members     uuid[]      NOT NULL DEFAULT '{}',
    sort_key    text GENERATED ALWAYS AS (newsroom_fold(name)) STORED,
    lookup_keys text[] GENERATED ALWAYS AS (newsroom_actor_keys(name, aliases)) STORED,
    created_at  timestamptz NOT NULL,
    updated_at  timestamptz NOT NULL,
    version     integer     NOT NULL DEFAULT 0,
    CHECK (kind = 'GROUP' OR cardinality(members) = 0)
);
CREATE INDEX actor_lookup_idx ON actor USING gin (lookup_keys);
CREATE INDEX actor_sort_idx ON actor (sort_key, id);

CREATE TABLE claim (
    id              uuid PRIMARY KEY,
    story_id        text        NOT NULL CHECK (story_id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(story_id) <= 80),
    proposition     text        NOT NULL,
    claimant_id     uuid        NOT NULL REFERENCES actor (id),
    made_edtf       text        NOT NULL,
    made_precision  text        NOT NULL,
    made_earliest   timestamptz NOT NULL,
    made_latest     timestamptz NOT NULL CHECK (made_latest >= made_earliest),
    event_id        uuid,
    tags            text[]      NOT NULL DEFAULT '{}',
    recorded_at     timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    version         integer     NOT NULL DEFAULT 0,
    search          tsvector GENERATED ALWAYS AS (to_tsvector('english', proposition)) STORED
);
-- The list order of a story's claims, and the keyset its cursor walks.
CREATE INDEX claim_story_order_idx ON claim (story_id, made_earliest, made_latest, id);
CREATE INDEX claim_claimant_idx ON claim (claimant_id, recorded_at DESC, id);
CREATE INDEX claim_tags_idx ON claim USING gin (tags);
CREATE INDEX claim_search_idx ON claim USING gin (search);

CREATE TABLE appearance (
    id           uuid PRIMARY KEY,
    claim_id     uuid        NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    url          text        NOT NULL,
    outlet       text,
    title        text,
    published_at timestamptz,
    quote        text,
    recorded_at  timestamptz NOT NULL,
    search       tsvector GENERATED ALWAYS AS (
        to_tsvector('english', coalesce(quote, '') || ' ' || coalesce(title, ''))) STORED,
    UNIQUE (claim_id, url)
);
CREATE INDEX appearance_search_idx ON appearance USING gin (search);

CREATE TABLE stance (
    id            uuid PRIMARY KEY,
    claim_id      uuid        NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    actor_id      uuid        NOT NULL REFERENCES actor (id),
    position      text        NOT NULL CHECK (position IN ('SUPPORTS', 'DISPUTES')),
    summary       text        NOT NULL,
    taken_at      timestamptz NOT NULL,
    recorded_at   timestamptz NOT NULL,
    superseded_at timestamptz
);
-- At most one current stance per actor and claim, whatever the application does.
CREATE UNIQUE INDEX stance_current_uq ON stance (claim_id, actor_id) WHERE superseded_at IS NULL;
CREATE INDEX stance_claim_idx ON stance (claim_id, recorded_at, id);
CREATE INDEX stance_actor_idx ON stance (actor_id, recorded_at DESC, id);

CREATE TABLE stance_evidence (
    id           uuid PRIMARY KEY,
    stance_id    uuid    NOT NULL REFERENCES stance (id) ON DELETE CASCADE,
    seq          integer NOT NULL,
    url          text    NOT NULL,
    outlet       text,
    title        text,
    published_at timestamptz,
    quote        text
);
CREATE INDEX stance_evidence_stance_idx ON stance_evidence (stance_id, seq);

CREATE TABLE verdict (
    claim_id    uuid PRIMARY KEY REFERENCES claim (id) ON DELETE CASCADE,
    rating      text        NOT NULL CHECK (rating IN ('TRUE', 'MOSTLY_TRUE', 'MIXED', 'MOSTLY_FALSE', 'FALSE', 'UNVERIFIABLE')),
    explanation text        NOT NULL,
    reviewer    text        NOT NULL,
    reviewed_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL
);

CREATE TABLE claim_relation (
    id            uuid PRIMARY KEY,
    from_claim_id uuid        NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    to_claim_id   uuid        NOT NULL REFERENCES claim (id) ON DELETE CASCADE,
    type          text        NOT NULL CHECK (type IN ('CONTRADICTS', 'REPEATS')),
    recorded_at   timestamptz NOT NULL,
    CHECK (from_claim_id <> to_claim_id),
    UNIQUE (from_claim_id, to_claim_id, type)
);
CREATE INDEX claim_relation_to_idx ON claim_relation (to_claim_id);

-- Answers to POSTs that carried an Idempotency-Key, written in the transaction of the write.
CREATE TABLE idempotency_key (
    key           text PRIMARY KEY,
    fingerprint   text        NOT NULL,
    status        integer     NOT NULL,
    location      text,
    etag          text,
    response_body text        NOT NULL,
    created_at    timestamptz NOT NULL
);

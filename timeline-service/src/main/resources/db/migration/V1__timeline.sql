-- Stories are addressed by a readable slug chosen by the newsroom, so the slug is the key.
create table story (
    id          text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(id) <= 80),
    title       text        not null,
    summary     text,
    tags        text[]      not null default '{}',
    created_at  timestamptz not null,
    updated_at  timestamptz not null,
    version     integer     not null default 0
);

create table outlet (
    id              uuid primary key,
    name            text        not null,
    -- Stored lower-case without "www." so an article URL finds its outlet by host.
    domain          text        not null unique,
    bias            text        not null check (bias in ('LEFT', 'LEAN_LEFT', 'CENTER', 'LEAN_RIGHT', 'RIGHT', 'UNRATED')),
    bias_rated_by   text,
    bias_rated_at   timestamptz,
    factuality      text        not null check (factuality in ('VERY_HIGH', 'HIGH', 'MOSTLY_FACTUAL', 'MIXED', 'LOW', 'VERY_LOW', 'UNRATED')),
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    version         integer     not null default 0
);

create table article (
    id            uuid primary key,
    story_id      text        not null references story (id) on delete cascade,
    url           text        not null,
    outlet_id     uuid        references outlet (id) on delete set null,
    title         text,
    published_at  timestamptz not null,
    zone          text,
    recorded_at   timestamptz not null,
    version       integer     not null default 0,
    constraint article_url_per_story unique (story_id, url)
);
create index article_story_order on article (story_id, published_at, id);
create index article_outlet on article (outlet_id);

create table event (
    id                   uuid primary key,
    story_id             text        not null references story (id) on delete cascade,
    title                text        not null,
    description          text,
    kind                 text        not null check (kind in ('MEETING', 'STATEMENT', 'PROPOSAL', 'MILITARY', 'LEGAL', 'OTHER')),
    when_edtf            text        not null,
    when_precision       text        not null,
    earliest             timestamptz not null,
    latest               timestamptz not null check (latest >= earliest),
    end_edtf             text,
    end_precision        text,
    end_earliest         timestamptz,
    end_latest           timestamptz,
    -- Kept so that a corrected anchor can re-resolve the phrase later.
    relative_phrase      text,
    anchor_published_at  timestamptz,
    anchor_zone          text,
    location_name        text,
    latitude             double precision check (latitude between -90 and 90),
    longitude            double precision check (longitude between -180 and 180),
    status               text        not null check (status in ('SCHEDULED', 'OCCURRED', 'POSTPONED', 'RESCHEDULED', 'CANCELLED')),
    position             integer,
    -- Keyset pagination needs a non-null sort key: events without a manual position sort
    -- after those with one, exactly like "position NULLS LAST".
    sort_position        integer generated always as (coalesce(position, 2147483647)) stored,
    recorded_at          timestamptz not null,
    updated_at           timestamptz not null,
    version              integer     not null default 0,
    search               tsvector generated always as (
                             to_tsvector('english', coalesce(title, '') || ' ' || coalesce(description, ''))) stored
);
-- Serves the timeline page: story, then the total order (earliest, latest, position, id).
create index event_timeline on event (story_id, earliest, latest, sort_position, id);
create index event_search on event using gin (search);

create table event_participant (
    event_id     uuid    not null references event (id) on delete cascade,
    ordinal      integer not null,
    name         text    not null,
    wikidata_id  text,
    primary key (event_id, ordinal)
);
create index event_participant_name on event_participant (lower(name));
create index event_participant_wikidata on event_participant (wikidata_id);

create table event_citation (
    event_id      uuid    not null references event (id) on delete cascade,
    ordinal       integer not null,
    url           text    not null,
    outlet        text,
    title         text,
    published_at  timestamptz,
    quote         text,
    primary key (event_id, ordinal)
);

-- Every status an event has had, including the one it was recorded with (from_status null),
-- so "as of" can read the status at any instant from recorded_at.
create table event_transition (
    id                     uuid primary key,
    event_id               uuid        not null references event (id) on delete cascade,
    seq                    integer     not null,
    from_status            text,
    to_status              text        not null,
    at                     timestamptz not null,
    recorded_at            timestamptz not null,
    previous_when_edtf     text,
    new_when_edtf          text,
    citation_url           text,
    citation_outlet        text,
    citation_title         text,
    citation_published_at  timestamptz,
    citation_quote         text,
    constraint event_transition_order unique (event_id, seq)
);

create table event_relation (
    id             uuid primary key,
    story_id       text        not null references story (id) on delete cascade,
    from_event_id  uuid        not null references event (id) on delete cascade,
    to_event_id    uuid        not null references event (id) on delete cascade,
    type           text        not null check (type in ('PART_OF', 'FOLLOWS', 'REVISES', 'CONTRADICTS')),
    recorded_at    timestamptz not null,
    constraint event_relation_not_self check (from_event_id <> to_event_id),
    constraint event_relation_unique unique (from_event_id, to_event_id, type)
);
create index event_relation_story_order on event_relation (story_id, recorded_at, id);
create index event_relation_to on event_relation (to_event_id);

-- Answers to POSTs that carried an Idempotency-Key, written in the same transaction as the
-- row they created, so a retry replays the first answer instead of writing again.
create table idempotency_key (
    key          text primary key,
    fingerprint  text        not null,
    status       integer     not null,
    location     text,
    body         text        not null,
    created_at   timestamptz not null
);
create index idempotency_key_age on idempotency_key (created_at);

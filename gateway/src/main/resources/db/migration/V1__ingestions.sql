-- The gateway's own database. It keeps what only the gateway knows (articles read for a desk and the facts proposed
-- from them; webhook subscriptions and deliveries later), never a copy of what the services own: the facts an editor
-- accepts live in the timeline-service and the claims-service, and rows here refer to them by id.

-- One article read for one story. The article itself is recorded as coverage in the timeline-service (article_id);
-- what is kept here is what the candidates' offsets index (main_text) and who handed the article in.
create table ingestion (
    id                  uuid        primary key,
    story_id            text        not null,
    -- Normalised by the stylebook's rule, so a share link with tracking parameters is the same article.
    article_url         text        not null,
    article_id          uuid        not null,
    outlet_id           uuid        not null,
    outlet_name         text        not null,
    title               text,
    published_at        timestamptz not null,
    zone                text        not null,
    language            text,
    from_html           boolean     not null,
    -- SHA-256 of what was read (the text or the HTML as sent, with title, time, zone, outlet and language): the
    -- same article handed in again is answered with this ingestion, a corrected one is read anew.
    content_sha256      text        not null,
    main_text           text        not null,
    ingested_by_subject text        not null,
    ingested_by_name    text,
    ingested_at         timestamptz not null,
    constraint ingestion_same_article unique (story_id, article_url, content_sha256)
);

-- A story's ingestions, newest first, and the lookup of an article already read.
create index ingestion_story_idx on ingestion (story_id, ingested_at desc);

-- One fact proposed from one sentence: an event, a claim, a stance or an actor.
create table ingestion_candidate (
    id                uuid        primary key,
    ingestion_id      uuid        not null references ingestion (id) on delete cascade,
    -- Order in the article (then by kind), as the engine proposed them: answers list candidates in this order.
    position          int         not null,
    kind              text        not null check (kind in ('EVENT', 'CLAIM', 'STANCE', 'ACTOR')),
    state             text        not null default 'PROPOSED' check (state in ('PROPOSED', 'ACCEPTED', 'REJECTED')),
    -- The engine's fingerprint of the candidate (kind, article, sentence, offsets): the same article read twice
    -- gives the same fingerprints.
    fingerprint       text        not null,
    -- The exact sentence the candidate cites, and its offsets into the ingestion's main_text (end exclusive).
    quote             text        not null,
    quote_start       int         not null check (quote_start >= 0),
    quote_end         int         not null check (quote_end > quote_start),
    -- What is proposed, by kind (title, date, phrase and anchor of an event; proposition and speaker of a claim...),
    -- as the API shows it; jsonb, so a desk's tool can be given any field without a migration per kind.
    payload           jsonb       not null,
    rejection_reason  text,
    -- The facts accepting it created or found (kind and id in the owning service), once accepted.
    accepted_as       jsonb,
    decided_by_subject text,
    decided_by_name   text,
    decided_at        timestamptz,
    constraint ingestion_candidate_once unique (ingestion_id, fingerprint),
    constraint ingestion_candidate_position unique (ingestion_id, position),
    constraint rejected_with_reason check (state <> 'REJECTED' or rejection_reason is not null),
    constraint accepted_with_facts check (state <> 'ACCEPTED' or accepted_as is not null),
    constraint decided_by_someone check (state = 'PROPOSED' or (decided_by_subject is not null and decided_at is not null))
);

-- The facts a story's earlier ingestions made actors of, read when the next article of the story comes in.
create index ingestion_candidate_accepted_idx on ingestion_candidate (ingestion_id, kind) where state = 'ACCEPTED';

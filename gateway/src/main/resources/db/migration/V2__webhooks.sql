-- Webhooks: who is told of which changes, what was sent them, and how far the gateway has read each service's feed.
-- Only the gateway's own state: the changes themselves stay in the services' feeds; a delivery keeps the exact body it
-- sends (the signature is over those bytes, and a retry must send the same ones).

-- A receiver subscribed to the changes of one story (or of all) and of some change types (or all).
create table webhook_subscription (
    id             uuid        primary key,
    url            text        not null,
    -- null with all_stories: every change, outlets and actors included (their entries name no story).
    story_id       text,
    all_stories    boolean     not null,
    -- Exact change types (event.updated, article.retracted...); empty for every type.
    types          text[]      not null default '{}',
    -- The Standard Webhooks secret (whsec_ + base64), shown once at creation; needed in clear to sign.
    secret         text        not null,
    paused         boolean     not null default false,
    -- Set when a delivery was given up after the retry period; a later success or a resume clears it.
    failing_since  timestamptz,
    created_at     timestamptz not null default now(),
    created_by     text        not null,
    constraint webhook_story_or_all check (all_stories = (story_id is null))
);

-- The dispatcher's match of a change against the subscriptions: per story, and the all-stories ones.
create index webhook_subscription_story_idx on webhook_subscription (story_id) where not paused;

-- One change sent to one subscription: webhook-id is this id, the same on every attempt and on a redelivery.
create table webhook_delivery (
    id              uuid        primary key,
    subscription_id uuid        not null references webhook_subscription (id) on delete cascade,
    -- The service and the position of the change in its feed: a change is delivered to a subscription once.
    source          text        not null check (source in ('timeline-service', 'claims-service')),
    change_id       bigint      not null,
    type            text        not null,
    body            text        not null,
    state           text        not null default 'PENDING' check (state in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        int         not null default 0,
    created_at      timestamptz not null default now(),
    -- Retries stop once the next one would fall after this (created_at, or the redelivery, plus the retry period).
    retry_until     timestamptz not null,
    next_attempt_at timestamptz,
    -- A worker that took the delivery holds it until then; one that dies lets it go to another after the lease.
    leased_until    timestamptz,
    delivered_at    timestamptz,
    constraint webhook_delivery_once unique (subscription_id, source, change_id),
    constraint webhook_delivery_pending_has_next check (state <> 'PENDING' or next_attempt_at is not null)
);

-- The workers' queue: due deliveries in the order they fall due.
create index webhook_delivery_due_idx on webhook_delivery (next_attempt_at) where state = 'PENDING';
-- A subscription's delivery log, newest first.
create index webhook_delivery_log_idx on webhook_delivery (subscription_id, created_at desc, id desc);

-- Each attempt of a delivery, as the receiver answered it (or why it could not be reached).
create table webhook_attempt (
    delivery_id  uuid        not null references webhook_delivery (id) on delete cascade,
    attempt      int         not null,
    attempted_at timestamptz not null,
    status_code  int,
    error        text,
    duration_ms  bigint      not null,
    primary key (delivery_id, attempt)
);

-- How far the gateway's dispatcher has read each service's whole feed. The replica that holds the row's lock
-- (select ... for update skip locked) reads the next page and creates its deliveries in the transaction that
-- moves the position, so no change is matched twice and none is skipped.
create table webhook_feed_cursor (
    source     text        primary key check (source in ('timeline-service', 'claims-service')),
    position   bigint      not null,
    updated_at timestamptz not null default now()
);
insert into webhook_feed_cursor (source, position) values ('timeline-service', 0), ('claims-service', 0);

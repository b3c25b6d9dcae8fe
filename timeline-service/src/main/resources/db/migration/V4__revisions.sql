-- Every write to a story, outlet, article, event, transition or relation leaves a revision in its
-- own transaction: who, when, which fields changed, and the whole resource as the API served it
-- after the write (for a delete: as it stood). "As of" reads and restores are answered from here,
-- so revisions outlive what they describe and reference none of those rows.
create table revision (
    id              uuid primary key,
    resource_type   text        not null check (resource_type in ('story', 'outlet', 'article', 'event', 'transition', 'relation')),
    -- Slugs and UUIDs sort the same way in every collation; comparing them as bytes is the cheap way.
    resource_id     text collate "C" not null,
    -- The story the resource belongs to (a story's own revisions name it too); null for outlets.
    story_id        text collate "C",
    -- 1, 2, ... per resource, in the order the writes committed.
    number          integer     not null check (number > 0),
    action          text        not null check (action in ('CREATED', 'UPDATED', 'DELETED', 'RESTORED')),
    author_subject  text        not null,
    author_name     text        not null,
    recorded_at     timestamptz not null,
    changes         jsonb       not null,
    state           jsonb       not null,
    -- The row's version after the write, so a restored row carries on from it.
    version         integer     not null,
    -- On a DELETED revision written because its story or event was deleted: that delete's
    -- revision, so restoring the story or event brings back what went with it.
    deleted_with    uuid references revision (id),
    -- Events only: the timeline key and search configuration of the state, so an "as of" page
    -- walks the timeline order on an index as a current page walks event_timeline.
    earliest        timestamptz,
    latest          timestamptz,
    sort_position   integer,
    search_config   regconfig
);

-- A resource's revisions, newest first; also what keeps the numbers unique.
create unique index revision_number on revision (resource_type, resource_id, number desc);
-- A story's resources of one type as they stood at an instant: per resource, the newest revision
-- recorded by then.
create index revision_as_of on revision (story_id, resource_type, resource_id, number desc) include (recorded_at);
-- An "as of" timeline page, in timeline order.
create index revision_timeline on revision (story_id, earliest, latest, sort_position, resource_id)
    where resource_type = 'event';
-- An event's status history as of an instant.
create index revision_event_transitions on revision (story_id, (state ->> 'eventId'), resource_id, number desc)
    where resource_type = 'transition';
-- What a story or event delete took with it.
create index revision_deleted_with on revision (deleted_with) where deleted_with is not null;

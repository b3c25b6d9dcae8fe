-- Until when a revision was the resource's state: the recording time of the resource's next
-- revision, null while it is the newest. "As of" an instant, a resource is then the one revision
-- with recorded_at <= instant < superseded_at, a plain filter: no search for the newest
-- revision per resource, which PostgreSQL's generic plans for prepared statements turned into a
-- scan of the whole story's revisions.
alter table revision add column superseded_at timestamptz;

update revision r
   set superseded_at = n.recorded_at
  from revision n
 where n.resource_type = r.resource_type and n.resource_id = r.resource_id and n.number = r.number + 1;

-- Kept by the database itself, so every writer (the service, its bulk statements, migrations) keeps it alike.
create function revision_supersedes() returns trigger language plpgsql as $$
begin
    update revision set superseded_at = new.recorded_at
     where resource_type = new.resource_type and resource_id = new.resource_id and number = new.number - 1;
    return new;
end
$$;
create trigger revision_supersedes after insert on revision for each row execute function revision_supersedes();

-- The filters of an "as of" read sit in the indexes, so a revision that was not the state then is
-- passed over without reading its row.
drop index revision_as_of;
create index revision_as_of on revision (story_id, resource_type, resource_id, number desc)
    include (recorded_at, superseded_at, action);
drop index revision_timeline;
create index revision_timeline on revision (story_id, earliest, latest, sort_position, resource_id)
    include (recorded_at, superseded_at, action) where resource_type = 'event';

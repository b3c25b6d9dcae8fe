-- How many writes each story has had, counted from its revisions: the entity tag of its window, so
-- the gateway revalidates a story view for the price of one primary-key read instead of composing
-- the window again. Outlets belong to no story (story_id '' counts them): every window names them.
--
-- A counter, not the newest revision: revision ids and times are taken before commit and can become
-- visible out of order, while a row that each write updates commits its changes in order. The update
-- is deferred to commit, so writes to one story queue on its counter only while they commit.
create table story_change (
    story_id text collate "C" primary key,
    changes  bigint not null
);

insert into story_change (story_id, changes)
select coalesce(story_id, ''), count(*) from revision group by coalesce(story_id, '');

create function story_change_count() returns trigger language plpgsql as $$
begin
    insert into story_change as c (story_id, changes) values (coalesce(new.story_id, ''), 1)
        on conflict (story_id) do update set changes = c.changes + 1;
    return null;
end
$$;

create constraint trigger revision_counts_story_change after insert on revision
    deferrable initially deferred for each row execute function story_change_count();

-- The change feed: one entry per revision, written by the database in the revision's own transaction
-- (a transactional outbox), so there is no change without its entry and no entry without its change,
-- whichever writer inserted the revision (the service, its bulk statements for a story or event delete,
-- a restore). Readers page it by position; the service's stream and the gateway follow it.
--
-- Positions are handed out at commit, from one counter row, in commit order. A revision's id and time
-- are taken before commit and transactions commit in another order than they began, so a reader that
-- saw position N could later see a smaller one appear; a sequence has the same flaw. The trigger below
-- is deferred to commit and takes the next position by updating the counter: a second committing
-- transaction waits on that row until the first has committed (and is visible), then takes the next
-- number. So positions become visible in order and without gaps (a transaction that rolls back gives
-- its numbers back with its update of the counter), and a reader that has read up to N never later
-- sees a new entry at or below N. The price is that commits of writes queue on the counter for the
-- moment their deferred triggers run, which is what the story counters (V7) already cost a story.
create table change_feed_counter (
    -- One row: the last position handed out.
    only_row      boolean primary key default true check (only_row),
    last_position bigint  not null
);
insert into change_feed_counter (only_row, last_position) values (true, 0);

-- What a feed reader filters on is kept here; the rest of an entry (number, time, state) is read from its
-- revision, which is never pruned, so the outbox holds no second copy of every state.
create table change_feed (
    position      bigint primary key,
    revision_id   uuid not null unique references revision (id),
    type          text not null,
    story_id      text collate "C",
    -- When the entry's transaction committed: what the retention counts from.
    entered_at    timestamptz not null default clock_timestamp()
);
-- A story's feed in order.
create index change_feed_story on change_feed (story_id, position);
-- What retention prunes: the oldest entries.
create index change_feed_entered on change_feed (entered_at);

-- A feed entry's type: resource and action, as the feed's readers know them ("relation" is an event
-- relation, named so beside the claims service's claim relations); an article update that changes its
-- status says what it became (article.corrected, article.retracted, article.published), since that is
-- what readers of the feed act on. A created or restored article lists every field it has, status
-- included, and stays article.created or article.restored.
create function change_feed_type(resource_type text, action text, changes jsonb) returns text
    language sql immutable parallel safe as $$
    select coalesce(
        case when resource_type = 'article' and action = 'UPDATED' then
            (select 'article.' || lower(c ->> 'after') from jsonb_array_elements(changes) c
              where c ->> 'field' = 'status' and jsonb_typeof(c -> 'after') = 'string' limit 1)
        end,
        case resource_type when 'relation' then 'event-relation' else resource_type end || '.' || lower(action))
$$;

create function change_feed_enter() returns trigger language plpgsql as $$
declare
    next_position bigint;
begin
    update change_feed_counter set last_position = last_position + 1 returning last_position into next_position;
    insert into change_feed (position, revision_id, type, story_id)
    values (next_position, new.id, change_feed_type(new.resource_type, new.action, new.changes), new.story_id);
    -- Delivered when the transaction commits, once however many entries it made: the service's relay
    -- then reads what is new instead of waiting for its next poll.
    perform pg_notify('timeline_changes', '');
    return null;
end
$$;

-- Named to sort before revision_counts_story_change: PostgreSQL fires a row's triggers in name order, so
-- every committing transaction takes the counter before any story counter, and none waits for another
-- in the opposite order.
create constraint trigger revision_change_feed after insert on revision
    deferrable initially deferred for each row execute function change_feed_enter();

-- The change feed: one entry per revision, written by the database in the revision's own transaction
-- (a transactional outbox), so there is no change without its entry and no entry without its change,
-- whichever writer inserted the revision (the service, its bulk statements for a story or event delete,
-- a restore). Readers page it by position; the service's stream and the gateway follow it.
--
-- Positions are handed out at commit, in commit order. A revision's id and time are taken before commit and
-- transactions commit in another order than they began, so a reader that saw position N could later see a
-- smaller one appear; a sequence has the same flaw. The trigger below is deferred to commit: there it locks
-- the one row of change_feed_turn, so a second committing transaction waits until the first has committed
-- (and is visible), and only then takes the positions after the newest one. So positions become visible in
-- order and without gaps (a transaction that rolls back takes its entries with it), and a reader that has read
-- up to N never later sees a new entry at or below N. The price is that commits of writes queue on that row
-- for the moment their deferred triggers run, as writes to one story already queue on its counter (V7).
-- The row is locked, never updated: a transaction that writes many revisions (a story delete takes thousands
-- of events with it) would otherwise leave a version of it per revision, each update slower than the last.
create table change_feed_turn (
    only_row boolean primary key default true check (only_row)
);
insert into change_feed_turn (only_row) values (true);

-- What a feed reader filters on is kept here; the rest of an entry (number, time, state) is read from its
-- revision, which is never pruned, so the outbox holds no second copy of every state. Retention never prunes
-- the newest entry, so the newest position stays known.
create table change_feed (
    position      bigint primary key,
    -- A revision is never deleted by the service; should one be (by hand, by a test), its entry goes with it.
    revision_id   uuid not null unique references revision (id) on delete cascade,
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
    -- The position this transaction handed out last, kept for its next revision; empty before its first.
    last_position bigint := nullif(current_setting('newsroom.change_feed_position', true), '')::bigint;
begin
    if last_position is null then
        perform 1 from change_feed_turn for update;
        last_position := coalesce((select max(position) from change_feed), 0);
        -- Delivered when the transaction commits: the service's relay then reads what is new instead of
        -- waiting for its next poll.
        perform pg_notify('timeline_changes', '');
    end if;
    last_position := last_position + 1;
    perform set_config('newsroom.change_feed_position', last_position::text, true);
    insert into change_feed (position, revision_id, type, story_id)
    values (last_position, new.id, change_feed_type(new.resource_type, new.action, new.changes), new.story_id);
    return null;
end
$$;

-- Named to sort before revision_counts_story_change: PostgreSQL fires a row's triggers in name order, so
-- every committing transaction takes its turn before any story counter, and none waits for another
-- in the opposite order.
create constraint trigger revision_change_feed after insert on revision
    deferrable initially deferred for each row execute function change_feed_enter();

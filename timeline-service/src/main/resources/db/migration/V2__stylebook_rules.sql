-- A replay of a create answers the ETag the first answer carried.
alter table idempotency_key add column etag text;

-- Relations never change, but a delete names the version it removes, like every other delete.
alter table event_relation add column version integer not null default 0;

-- A relative date may be anchored to a coverage article; the article's time and zone are copied
-- beside it, so the event still explains its date if the article is later removed.
alter table event add column anchor_article_id uuid references article (id) on delete set null;
create index event_anchor_article on event (anchor_article_id) where anchor_article_id is not null;

-- Search stems each event in its own language; events without one are matched word for word.
alter table event add column language text check (length(language) <= 35);
alter table event add column search_config regconfig not null default 'simple';
drop index event_search;
alter table event drop column search;
alter table event add column search tsvector generated always as (
    to_tsvector(search_config, coalesce(title, '') || ' ' || coalesce(description, ''))) stored;
create index event_search on event using gin (search);

-- Claims and their quotes say which language they are in, and full-text search stems each row in
-- its own language: a search for "переговоров" finds a Russian claim about "переговоры".
-- search_config is written by the service from the language (Languages.searchConfiguration), so
-- every service maps a language to the same stemmer; rows without a language are searched word for word.
ALTER TABLE claim ADD COLUMN language text CHECK (length(language) <= 35),
                  ADD COLUMN search_config regconfig NOT NULL DEFAULT 'simple';
ALTER TABLE appearance ADD COLUMN language text CHECK (length(language) <= 35),
                       ADD COLUMN search_config regconfig NOT NULL DEFAULT 'simple';
ALTER TABLE stance_evidence ADD COLUMN language text CHECK (length(language) <= 35);

-- Rows stored before languages existed were indexed as English; keep them so until edited.
UPDATE claim SET search_config = 'english';
UPDATE appearance SET search_config = 'english';

DROP INDEX claim_search_idx;
ALTER TABLE claim DROP COLUMN search;
ALTER TABLE claim ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector(search_config, proposition)) STORED;
CREATE INDEX claim_search_idx ON claim USING gin (search);

DROP INDEX appearance_search_idx;
ALTER TABLE appearance DROP COLUMN search;
ALTER TABLE appearance ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector(search_config, coalesce(quote, '') || ' ' || coalesce(title, ''))) STORED;
CREATE INDEX appearance_search_idx ON appearance USING gin (search);

-- A single word of an alias finds the actor too ("Putin" for the alias "Vladimir Putin"), as a
-- word of the name always did. The databases fold case in every script (ICU collation, UTF-8
-- ctype), so lower() inside newsroom_fold folds Cyrillic and Greek as it folds Latin.
CREATE OR REPLACE FUNCTION newsroom_actor_keys(name text, aliases text[]) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
AS $$
    SELECT array_agg(DISTINCT k) FROM (
        SELECT newsroom_fold(name) AS k
        UNION SELECT w FROM regexp_split_to_table(newsroom_fold(name), '\s+') AS w
        UNION SELECT newsroom_fold(a) FROM unnest(coalesce(aliases, '{}')) AS a
        UNION SELECT w FROM unnest(coalesce(aliases, '{}')) AS a,
                            regexp_split_to_table(newsroom_fold(a), '\s+') AS w
    ) keys WHERE k <> ''
$$;
-- Stored generated columns are computed on write: rewrite every row so the keys (and the sort
-- key, folded before the databases had a Unicode-aware ctype) follow the new rules.
UPDATE actor SET aliases = aliases;

-- The story window reads the claims made at one page of events of a story, in made-at order.
CREATE INDEX claim_story_event_idx ON claim (story_id, event_id, made_earliest, id) WHERE event_id IS NOT NULL;

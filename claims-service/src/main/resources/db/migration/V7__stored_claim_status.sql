-- A claim's status and last stance activity are stored on the claim, where the disputes board, the
-- status filter and the story window's counts read them, instead of being derived from the stances
-- of every claim of the story on each read (the window spent most of its time there). Every write
-- that changes a claim's current stances recomputes both in its own transaction (StanceService);
-- reads "as of" an instant still derive the status of then from the stance history.
ALTER TABLE claim
    ADD COLUMN status text NOT NULL DEFAULT 'UNCHALLENGED'
        CONSTRAINT claim_status_check CHECK (status IN ('UNCHALLENGED', 'SUPPORTED', 'DISPUTED', 'CONTESTED')),
    ADD COLUMN last_activity_at timestamptz;

-- Existing claims: the same derivation the reads used, over current (not superseded) stances.
UPDATE claim c
SET status = d.status, last_activity_at = d.last_activity
FROM (SELECT s.claim_id,
             CASE WHEN bool_or(s.position = 'SUPPORTS') AND bool_or(s.position = 'DISPUTES') THEN 'CONTESTED'
                  WHEN bool_or(s.position = 'DISPUTES') THEN 'DISPUTED'
                  WHEN bool_or(s.position = 'SUPPORTS') THEN 'SUPPORTED'
                  ELSE 'UNCHALLENGED' END AS status,
             max(s.recorded_at) AS last_activity
      FROM stance s
      WHERE s.superseded_at IS NULL
      GROUP BY s.claim_id) d
WHERE c.id = d.claim_id;

-- The disputes board: one story's DISPUTED and CONTESTED claims, newest stance activity first.
-- Its leading (story_id, status) also serves the counts by status of a story (an index-only scan).
CREATE INDEX claim_story_status_idx ON claim (story_id, status, last_activity_at DESC, id DESC);


-- Corrections: an article stays PUBLISHED until its outlet corrects or retracts it. The note and the
-- time belong to a correction or a retraction, so a PUBLISHED article has neither.
alter table article
    add column status            text not null default 'PUBLISHED' check (status in ('PUBLISHED', 'CORRECTED', 'RETRACTED')),
    add column status_note       text,
    add column status_changed_at timestamptz,
    add constraint article_status_explained check ((status = 'PUBLISHED') = (status_note is null and status_changed_at is null));

-- Citations are flagged by joining the article of the same story at the cited URL; only the few
-- corrected or retracted articles are in this index, so flagging costs nothing while there are none,
-- and the review list finds the flagged articles of a story without reading its coverage.
create index article_flagged on article (story_id, url) where status <> 'PUBLISHED';

-- What still waits for confirmation: SCHEDULED, POSTPONED and RESCHEDULED events (an event ends at its
-- end's latest instant when it has one). The desk's lists across stories walk this index in timeline
-- order; OCCURRED and CANCELLED events, most of a story, are not in it.
create index event_expected_timeline on event (earliest, latest, sort_position, id)
    include (end_latest) where status in ('SCHEDULED', 'POSTPONED', 'RESCHEDULED');

-- How many of a story's events are overdue at an instant: a range of this index, read with the
-- story's change counter as the entity tag of its window.
create index event_expected_end on event (story_id, (coalesce(end_latest, latest)))
    where status in ('SCHEDULED', 'POSTPONED', 'RESCHEDULED');

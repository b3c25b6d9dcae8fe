-- Date bounds are inclusive whole seconds, as in the timeline service: 23:59:59, not 23:59:59.999999.
UPDATE claim SET made_latest = date_trunc('second', made_latest)
WHERE made_latest <> date_trunc('second', made_latest);

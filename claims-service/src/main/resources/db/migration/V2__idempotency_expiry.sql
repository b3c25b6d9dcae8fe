-- Expired Idempotency-Keys are deleted on every keyed write; this keeps that delete an index range.
CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);

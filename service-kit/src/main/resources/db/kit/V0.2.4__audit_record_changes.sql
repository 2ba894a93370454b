-- A readable audit trail (issue 13): what a change changed, as JSON documents of the resource's relevant state before
-- and after it (null where there was no before, e.g. a creation, or where the change names no state). Still
-- insert-only for the runtime login (RuntimeLoginGrants). Indexes for GET /v1/audit: its order (recorded_at, id) and
-- its filters by actor and by correlation id; the resource filter has audit_record_resource_idx.
ALTER TABLE audit_record
    ADD COLUMN before jsonb,
    ADD COLUMN after  jsonb;

CREATE INDEX audit_record_time_idx ON audit_record (recorded_at, id);
CREATE INDEX audit_record_actor_idx ON audit_record (actor, recorded_at);
CREATE INDEX audit_record_correlation_idx ON audit_record (correlation_id) WHERE correlation_id IS NOT NULL;

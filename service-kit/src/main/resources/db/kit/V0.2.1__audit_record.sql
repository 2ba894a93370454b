-- Who changed what, when and in which request (service-kit AuditTrail). Unqualified: it lands in the
-- service's own schema. Rows are only ever inserted, in the same transaction as the change they record.
CREATE TABLE audit_record (
    id               uuid        PRIMARY KEY,
    actor            text        NOT NULL,
    organisation_id  uuid,
    action           text        NOT NULL,
    resource_type    text        NOT NULL,
    resource_id      text        NOT NULL,
    resource_version bigint      NOT NULL,
    correlation_id   text,
    recorded_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX audit_record_resource_idx ON audit_record (resource_type, resource_id, recorded_at);

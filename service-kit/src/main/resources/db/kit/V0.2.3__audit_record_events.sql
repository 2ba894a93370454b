-- The events an audited change is tied to (issue 10): the event a reaction reacted to (its ce_id), and the event the
-- change published through the outbox (the ce_id integrators see). An auditor can follow a change from the event that
-- caused it to the event that announced it. Both null for changes that neither react nor publish.
ALTER TABLE audit_record
    ADD COLUMN cause_event_id     text,
    ADD COLUMN published_event_id uuid;

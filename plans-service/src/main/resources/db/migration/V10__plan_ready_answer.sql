-- GET /v1/plans/{id} answers the plan as JSON kept ready in its row: every change of a plan writes the answer for the
-- version the change gives it (answer_version), in the same UPDATE. A read is then one primary-key lookup of four
-- columns, written out as it is: no entity, no JSONB parsing, no serialisation. A row whose answer_version is not its
-- version (a plan of before this migration, or changed by code that did not keep the answer) is answered from the
-- entity instead, so a stale answer is never served.
ALTER TABLE plan ADD COLUMN answer TEXT;
ALTER TABLE plan ADD COLUMN answer_version BIGINT;

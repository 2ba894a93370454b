-- Plan versions (issue 13): every revision of a plan's content makes a new version. The plan's row keeps the
-- current content and its number; plan_version keeps every version's content once the plan has been revised (a plan
-- never revised has only version 1, which is its row: creating a plan writes nothing more than before).
ALTER TABLE plan ADD COLUMN content_version INT NOT NULL DEFAULT 1 CHECK (content_version >= 1);

CREATE TABLE plan_version (
    id               UUID PRIMARY KEY,
    plan_id          UUID        NOT NULL REFERENCES plan (id),
    number           INT         NOT NULL CHECK (number >= 1),
    -- the plan's status when this version was made (DRAFT for version 1)
    status           TEXT        NOT NULL,
    title            TEXT        NOT NULL,
    period_start     DATE        NOT NULL,
    period_end       DATE        NOT NULL,
    themes           TEXT[]      NOT NULL,
    content          JSONB       NOT NULL CHECK (jsonb_typeof(content) = 'object'),
    actor            TEXT        NOT NULL,
    organisation_id  UUID,
    recorded_at      TIMESTAMPTZ NOT NULL,
    UNIQUE (plan_id, number)
);
-- the versions of a plan in order, and their pages (keyset on recorded_at, id)
CREATE INDEX plan_version_plan ON plan_version (plan_id, recorded_at, id);

-- the version each history entry was taken on; NULL for entries written before versions existed
ALTER TABLE plan_decision ADD COLUMN content_version INT;

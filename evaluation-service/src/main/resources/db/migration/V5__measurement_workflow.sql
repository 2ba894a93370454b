-- The measurement workflow (issue 14): DRAFT -> REPORTED -> APPROVED or RETURNED, a returned value corrected and
-- REPORTED again; who created the value and who last reported it (the four-eyes rule compares both with the
-- approver); a comments thread per measurement; a reporter assigned per plan indicator.

ALTER TABLE measurement DROP CONSTRAINT measurement_status_check;
ALTER TABLE measurement ADD CONSTRAINT measurement_status_check
    CHECK (status IN ('DRAFT', 'REPORTED', 'APPROVED', 'RETURNED'));
-- A value reported again after a return keeps its latest review (who returned it and why) for the next reviewer to
-- read, so "reviewed" no longer means "not REPORTED": only a reviewed status needs a review.
ALTER TABLE measurement DROP CONSTRAINT measurement_check;
ALTER TABLE measurement ADD CONSTRAINT measurement_review_check
    CHECK (status IN ('DRAFT', 'REPORTED') OR reviewed_at IS NOT NULL);

-- created_*: who started the value (a draft or a direct report); reported_*: who last reported it, null while a
-- draft has never been reported. The list is ordered by creation, which a draft has and a report may not.
ALTER TABLE measurement ADD COLUMN created_by TEXT;
ALTER TABLE measurement ADD COLUMN created_at TIMESTAMPTZ;
UPDATE measurement SET created_by = reported_by, created_at = reported_at;
ALTER TABLE measurement ALTER COLUMN created_by SET NOT NULL;
ALTER TABLE measurement ALTER COLUMN created_at SET NOT NULL;
ALTER TABLE measurement ALTER COLUMN reported_by DROP NOT NULL;
ALTER TABLE measurement ALTER COLUMN reported_at DROP NOT NULL;
ALTER TABLE measurement ADD CONSTRAINT measurement_reported_check
    CHECK (status = 'DRAFT' OR (reported_by IS NOT NULL AND reported_at IS NOT NULL));
DROP INDEX measurement_page;
CREATE INDEX measurement_page ON measurement (plan_indicator_id, created_at, id);
-- the work queues' "awaiting approval"
CREATE INDEX measurement_reported ON measurement (plan_id, year) WHERE status = 'REPORTED';

CREATE TABLE measurement_comment (
    id                      UUID PRIMARY KEY,
    measurement_id          UUID        NOT NULL REFERENCES measurement (id),
    author                  TEXT        NOT NULL,
    author_organisation_id  UUID,
    text                    TEXT        NOT NULL,
    created_at              TIMESTAMPTZ NOT NULL
);
CREATE INDEX measurement_comment_page ON measurement_comment (measurement_id, created_at, id);

-- The one person (token subject) who reports this indicator of the plan, besides the municipality; null: anyone
-- who may report (an evaluator, the plan's own housing organisation, the municipality).
ALTER TABLE plan_indicator ADD COLUMN reporter TEXT;

-- The framework documents now name each indicator's reporter: rebuilt on their next read (ReadModels.document).
UPDATE framework_view SET document = NULL;

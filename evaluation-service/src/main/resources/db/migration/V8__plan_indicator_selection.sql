-- Plan-specific indicator selection (issue 14): while its framework is ACTIVE a plan adds catalogue indicators of its
-- themes, adds indicators of its own, and drops indicators without values, giving a reason.

-- A plan's own indicator: kept with the catalogue's (same unit, direction and scale rules, same global code space)
-- but owned by the plan, so that it is neither listed in the catalogue nor put into other plans' frameworks.
ALTER TABLE indicator ADD COLUMN plan_id UUID REFERENCES framework (plan_id);
CREATE INDEX indicator_plan ON indicator (plan_id) WHERE plan_id IS NOT NULL;

-- Every indicator dropped from a plan's framework: why, by whom and when (the framework shows them).
CREATE TABLE plan_indicator_drop (
    id            UUID PRIMARY KEY,
    plan_id       UUID        NOT NULL REFERENCES framework (plan_id),
    indicator_id  UUID        NOT NULL REFERENCES indicator (id),
    reason        TEXT        NOT NULL,
    dropped_by    TEXT        NOT NULL,
    dropped_at    TIMESTAMPTZ NOT NULL
);
CREATE INDEX plan_indicator_drop_plan ON plan_indicator_drop (plan_id, dropped_at, id);

-- The framework documents now list dropped indicators: rebuilt on their next read (ReadModels.document).
UPDATE framework_view SET document = NULL;

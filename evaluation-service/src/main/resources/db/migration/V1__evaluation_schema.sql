-- The themes of each round, as evaluation-service knows them: themes are data of a round, never an enum.
CREATE TABLE round_theme (
    round_id  TEXT    NOT NULL,
    code      TEXT    NOT NULL,
    position  INTEGER NOT NULL,
    name_da   TEXT    NOT NULL,
    name_en   TEXT    NOT NULL,
    PRIMARY KEY (round_id, code)
);

-- The indicator catalogue: what can be measured for a theme, in which unit, and which way is better.
CREATE TABLE indicator (
    id           UUID PRIMARY KEY,
    code         TEXT           NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]*$'),
    round_id     TEXT           NOT NULL,
    theme_code   TEXT           NOT NULL,
    name_da      TEXT           NOT NULL,
    name_en      TEXT           NOT NULL,
    unit         TEXT           NOT NULL CHECK (unit IN ('PERCENT', 'COUNT', 'DKK', 'SCORE')),
    direction    TEXT           NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    description  TEXT           NOT NULL,
    score_min    NUMERIC(15, 2),
    score_max    NUMERIC(15, 2),
    version      BIGINT         NOT NULL,
    created_at   TIMESTAMPTZ    NOT NULL,
    FOREIGN KEY (round_id, theme_code) REFERENCES round_theme (round_id, code),
    CHECK ((unit = 'SCORE') = (score_min IS NOT NULL AND score_max IS NOT NULL)),
    CHECK (score_min IS NULL OR score_min < score_max)
);
CREATE INDEX indicator_page ON indicator (created_at, id);
CREATE INDEX indicator_theme ON indicator (round_id, theme_code);

-- A granted plan's evaluation framework, keyed by the plan id; what plan.granted.v1 told us about the plan.
CREATE TABLE framework (
    plan_id                  UUID PRIMARY KEY,
    round_id                 TEXT        NOT NULL,
    housing_organisation_id  UUID        NOT NULL,
    title                    TEXT        NOT NULL,
    period_start             DATE        NOT NULL,
    period_end               DATE        NOT NULL CHECK (period_end >= period_start),
    status                   TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'COMPLETED')),
    completed_at             TIMESTAMPTZ,
    version                  BIGINT      NOT NULL,
    created_at               TIMESTAMPTZ NOT NULL
);
CREATE INDEX framework_round ON framework (round_id, housing_organisation_id);

CREATE TABLE framework_theme (
    plan_id     UUID    NOT NULL REFERENCES framework (plan_id) ON DELETE CASCADE,
    position    INTEGER NOT NULL,
    theme_code  TEXT    NOT NULL,
    PRIMARY KEY (plan_id, position)
);
CREATE INDEX framework_theme_code ON framework_theme (theme_code, plan_id);

-- One catalogue indicator in one plan's framework, with its baseline.
CREATE TABLE plan_indicator (
    id               UUID PRIMARY KEY,
    plan_id          UUID           NOT NULL REFERENCES framework (plan_id),
    indicator_id     UUID           NOT NULL REFERENCES indicator (id),
    position         INTEGER        NOT NULL,
    baseline_value   NUMERIC(15, 2),
    baseline_date    DATE,
    baseline_source  TEXT,
    version          BIGINT         NOT NULL,
    updated_at       TIMESTAMPTZ    NOT NULL,
    UNIQUE (plan_id, indicator_id),
    CHECK ((baseline_value IS NULL) = (baseline_date IS NULL))
);

-- The target of a plan indicator for one reporting period (year).
CREATE TABLE indicator_target (
    plan_indicator_id  UUID           NOT NULL REFERENCES plan_indicator (id) ON DELETE CASCADE,
    year               INTEGER        NOT NULL,
    target_value       NUMERIC(15, 2) NOT NULL,
    PRIMARY KEY (plan_indicator_id, year)
);

-- One reporting period per calendar year of the plan period; a locked period takes no measurements or reviews.
CREATE TABLE reporting_period (
    id         UUID PRIMARY KEY,
    plan_id    UUID    NOT NULL REFERENCES framework (plan_id),
    year       INTEGER NOT NULL,
    starts_on  DATE    NOT NULL,
    ends_on    DATE    NOT NULL CHECK (ends_on >= starts_on),
    locked     BOOLEAN NOT NULL DEFAULT false,
    version    BIGINT  NOT NULL,
    UNIQUE (plan_id, year)
);

-- Every lock and unlock of a period: who and when.
CREATE TABLE period_lock_change (
    id               UUID PRIMARY KEY,
    period_id        UUID        NOT NULL REFERENCES reporting_period (id),
    action           TEXT        NOT NULL CHECK (action IN ('LOCKED', 'UNLOCKED')),
    actor            TEXT        NOT NULL,
    organisation_id  UUID,
    changed_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX period_lock_change_period ON period_lock_change (period_id, changed_at, id);

-- A reported value of a plan indicator for a period, and its review by the municipality.
CREATE TABLE measurement (
    id                        UUID PRIMARY KEY,
    plan_indicator_id         UUID           NOT NULL REFERENCES plan_indicator (id),
    plan_id                   UUID           NOT NULL REFERENCES framework (plan_id),
    year                      INTEGER        NOT NULL,
    value                     NUMERIC(15, 2) NOT NULL,
    note                      TEXT,
    status                    TEXT           NOT NULL CHECK (status IN ('REPORTED', 'APPROVED', 'RETURNED')),
    reported_by               TEXT           NOT NULL,
    reported_by_organisation  UUID,
    reported_at               TIMESTAMPTZ    NOT NULL,
    reviewed_by               TEXT,
    reviewed_at               TIMESTAMPTZ,
    review_comment            TEXT,
    version                   BIGINT         NOT NULL,
    FOREIGN KEY (plan_id, year) REFERENCES reporting_period (plan_id, year),
    CHECK ((status = 'REPORTED') = (reviewed_at IS NULL))
);
CREATE INDEX measurement_page ON measurement (plan_indicator_id, reported_at, id);
CREATE INDEX measurement_plan ON measurement (plan_id, status);
CREATE INDEX measurement_approved ON measurement (plan_indicator_id, year DESC, reviewed_at DESC, id DESC)
    WHERE status = 'APPROVED';

-- Baseline, midterm and final evaluations; the final one is opened as DUE when the plan is completed.
CREATE TABLE evaluation (
    id            UUID PRIMARY KEY,
    plan_id       UUID        NOT NULL REFERENCES framework (plan_id),
    kind          TEXT        NOT NULL CHECK (kind IN ('BASELINE', 'MIDTERM', 'FINAL')),
    status        TEXT        NOT NULL CHECK (status IN ('DUE', 'SUBMITTED')),
    author        TEXT,
    submitted_at  TIMESTAMPTZ,
    version       BIGINT      NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    UNIQUE (plan_id, kind),
    CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL AND author IS NOT NULL))
);
CREATE INDEX evaluation_page ON evaluation (plan_id, created_at, id);
CREATE INDEX evaluation_latest ON evaluation (plan_id, submitted_at DESC) WHERE status = 'SUBMITTED';

CREATE TABLE evaluation_assessment (
    evaluation_id  UUID    NOT NULL REFERENCES evaluation (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    theme_code     TEXT    NOT NULL,
    rating         INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    findings       TEXT    NOT NULL,
    PRIMARY KEY (evaluation_id, position)
);

-- Progress, in one place for the framework view and the portfolio report. The direction's sign makes a
-- fall progress for a lower-is-better indicator: gain = sign * (actual - baseline), needed = sign * (target - baseline).
-- progress = gain / needed when the target asks for an improvement (needed > 0); otherwise there is no "way" to
-- go a share of, and progress is null. The track is ON_TRACK when the actual is at least as good as the period's
-- target (the same as progress >= 1 when needed > 0), OFF_TRACK when worse, NO_DATA without baseline, target or
-- approved actual.
CREATE FUNCTION indicator_progress_of(direction TEXT, baseline NUMERIC, target NUMERIC, actual NUMERIC)
    RETURNS NUMERIC LANGUAGE SQL IMMUTABLE AS $$
    SELECT CASE
        WHEN baseline IS NULL OR target IS NULL OR actual IS NULL THEN NULL
        WHEN (CASE WHEN direction = 'LOWER_IS_BETTER' THEN baseline - target ELSE target - baseline END) <= 0 THEN NULL
        ELSE round((actual - baseline) / (target - baseline), 4)
    END
$$;

CREATE FUNCTION indicator_track_of(direction TEXT, baseline NUMERIC, target NUMERIC, actual NUMERIC)
    RETURNS TEXT LANGUAGE SQL IMMUTABLE AS $$
    SELECT CASE
        WHEN baseline IS NULL OR target IS NULL OR actual IS NULL THEN 'NO_DATA'
        WHEN (CASE WHEN direction = 'LOWER_IS_BETTER' THEN target - actual ELSE actual - target END) >= 0 THEN 'ON_TRACK'
        ELSE 'OFF_TRACK'
    END
$$;

-- Each plan indicator's current progress: its latest period with an approved value, against that period's target.
CREATE VIEW indicator_progress AS
SELECT pi.id AS plan_indicator_id, pi.plan_id, i.theme_code, latest.year,
       pi.baseline_value, t.target_value, latest.value AS actual,
       indicator_progress_of(i.direction, pi.baseline_value, t.target_value, latest.value) AS progress,
       indicator_track_of(i.direction, pi.baseline_value, t.target_value, latest.value) AS track
FROM plan_indicator pi
JOIN indicator i ON i.id = pi.indicator_id
LEFT JOIN (
    SELECT DISTINCT ON (m.plan_indicator_id) m.plan_indicator_id, m.year, m.value
    FROM measurement m
    WHERE m.status = 'APPROVED'
    ORDER BY m.plan_indicator_id, m.year DESC, m.reviewed_at DESC, m.id DESC
) latest ON latest.plan_indicator_id = pi.id
LEFT JOIN indicator_target t ON t.plan_indicator_id = pi.id AND t.year = latest.year;

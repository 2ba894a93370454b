-- Richer indicators and disaggregation (issue 14).

-- kind: VALUE, a number in the indicator's unit; RATIO, a percentage reported as numerator and denominator (value =
-- 100 * n / d), so that roll-ups across plans weigh each plan by its denominator; QUALITATIVE, no number but a
-- narrative per period, so no unit either. reporting: PERIODIC, each period's value stands for that period alone;
-- CUMULATIVE, each period reports what it added and the period's actual is the running total since the plan began.
-- dimensions: the breakdowns that apply (AGE_GROUP, GENDER, HOUSING_AREA); values may then be broken down by them.
ALTER TABLE indicator ADD COLUMN kind TEXT NOT NULL DEFAULT 'VALUE' CHECK (kind IN ('VALUE', 'RATIO', 'QUALITATIVE'));
ALTER TABLE indicator ADD COLUMN reporting TEXT NOT NULL DEFAULT 'PERIODIC' CHECK (reporting IN ('PERIODIC', 'CUMULATIVE'));
ALTER TABLE indicator ADD COLUMN dimensions TEXT[] NOT NULL DEFAULT '{}'
    CHECK (dimensions <@ ARRAY['AGE_GROUP', 'GENDER', 'HOUSING_AREA']);
ALTER TABLE indicator ALTER COLUMN unit DROP NOT NULL;
ALTER TABLE indicator ADD CONSTRAINT indicator_kind_rules_check CHECK (
    (kind = 'QUALITATIVE') = (unit IS NULL)
    AND (kind <> 'RATIO' OR unit = 'PERCENT')
    AND (kind <> 'QUALITATIVE' OR (reporting = 'PERIODIC' AND dimensions = '{}')));

-- The seeded catalogue's breakdowns: people counted by age group, gender and housing area; what is counted per
-- estate (crime, unrest, costs) by housing area; survey shares by all three (not additive: a share of a group).
UPDATE indicator SET dimensions = '{AGE_GROUP,GENDER,HOUSING_AREA}'
WHERE plan_id IS NULL AND code IN ('YOUTH_IN_CLUBS', 'YOUTH_LEISURE_JOBS', 'VOLUNTEERS', 'RESIDENTS_IN_UPSKILLING',
    'HEALTH_ACTIVITY_PARTICIPANTS', 'HARD_TO_REACH_BRIDGED', 'RESIDENTS_FEELING_SAFE', 'PASSIVE_SUPPORT_16_64');
UPDATE indicator SET dimensions = '{GENDER,HOUSING_AREA}'
WHERE plan_id IS NULL AND code IN ('PARENTS_IN_ACTIVITIES', 'ENVIRONMENT_AMBASSADORS', 'NEW_ENTREPRENEURS');
UPDATE indicator SET dimensions = '{HOUSING_AREA}'
WHERE plan_id IS NULL AND code IN ('VANDALISM_COSTS', 'REPORTED_CRIME', 'UNREST_INCIDENTS', 'MAINTENANCE_COSTS');

-- The housing areas the plan covers, from plan.granted.v1: the values of the HOUSING_AREA dimension. Frameworks
-- granted before this migration know none, so their values cannot be broken down by housing area.
ALTER TABLE framework ADD COLUMN housing_area_ids UUID[] NOT NULL DEFAULT '{}';

-- A qualitative measurement has a narrative and no value; a RATIO one its numerator and denominator beside the value.
ALTER TABLE measurement ALTER COLUMN value DROP NOT NULL;
ALTER TABLE measurement ADD COLUMN numerator NUMERIC(15, 2);
ALTER TABLE measurement ADD COLUMN denominator NUMERIC(15, 2);
ALTER TABLE measurement ADD COLUMN narrative TEXT;
ALTER TABLE measurement ADD CONSTRAINT measurement_content_check CHECK (
    (value IS NOT NULL OR narrative IS NOT NULL) AND (numerator IS NULL) = (denominator IS NULL));

-- A measurement's breakdown: its amount per value of a dimension (and numerator and denominator for a RATIO).
CREATE TABLE measurement_part (
    measurement_id   UUID           NOT NULL REFERENCES measurement (id) ON DELETE CASCADE,
    dimension        TEXT           NOT NULL CHECK (dimension IN ('AGE_GROUP', 'GENDER', 'HOUSING_AREA')),
    dimension_value  TEXT           NOT NULL,
    amount           NUMERIC(15, 2) NOT NULL,
    numerator        NUMERIC(15, 2),
    denominator      NUMERIC(15, 2),
    PRIMARY KEY (measurement_id, dimension, dimension_value)
);

-- A target's breakdown per dimension value.
CREATE TABLE indicator_target_part (
    plan_indicator_id  UUID           NOT NULL REFERENCES plan_indicator (id) ON DELETE CASCADE,
    year               INTEGER        NOT NULL,
    dimension          TEXT           NOT NULL CHECK (dimension IN ('AGE_GROUP', 'GENDER', 'HOUSING_AREA')),
    dimension_value    TEXT           NOT NULL,
    target_value       NUMERIC(15, 2) NOT NULL,
    PRIMARY KEY (plan_indicator_id, year, dimension, dimension_value)
);

-- Each plan indicator's approved value per period (the latest approval counts) and the period's actual: the value
-- itself when PERIODIC; when CUMULATIVE the running total up to the period (for a RATIO 100 * running numerators /
-- running denominators). plan_id leads the DISTINCT ON and the window's partition so that a query for one plan (or
-- one plan indicator) is pushed down to that plan's rows.
CREATE VIEW period_actual AS
SELECT a.plan_id, a.plan_indicator_id, a.year, a.measurement_id, a.narrative, a.kind, a.reporting,
       CASE WHEN a.reporting = 'CUMULATIVE' THEN sum(a.numerator) OVER w ELSE a.numerator END AS numerator,
       CASE WHEN a.reporting = 'CUMULATIVE' THEN sum(a.denominator) OVER w ELSE a.denominator END AS denominator,
       CASE WHEN a.reporting <> 'CUMULATIVE' THEN a.value
            WHEN a.kind = 'RATIO' THEN round(100 * sum(a.numerator) OVER w / nullif(sum(a.denominator) OVER w, 0), 2)
            ELSE sum(a.value) OVER w END AS actual
FROM (
    SELECT DISTINCT ON (m.plan_id, m.plan_indicator_id, m.year)
           m.plan_id, m.plan_indicator_id, m.year, m.id AS measurement_id, m.value, m.numerator, m.denominator,
           m.narrative, i.kind, i.reporting
    FROM measurement m
    JOIN plan_indicator pi ON pi.id = m.plan_indicator_id
    JOIN indicator i ON i.id = pi.indicator_id
    WHERE m.status = 'APPROVED'
    ORDER BY m.plan_id, m.plan_indicator_id, m.year, m.reviewed_at DESC, m.id DESC
) a
WINDOW w AS (PARTITION BY a.plan_id, a.plan_indicator_id ORDER BY a.year);

-- As V3's, with the period's actual (running total for a CUMULATIVE indicator) in place of the latest value, and
-- without qualitative indicators, which have no number to make progress with (they are not counted as NO_DATA).
CREATE OR REPLACE VIEW indicator_progress AS
SELECT pi.id AS plan_indicator_id, pi.plan_id, i.theme_code, latest.year,
       pi.baseline_value, t.target_value, latest.actual::numeric(15, 2) AS actual,
       indicator_progress_of(i.direction, pi.baseline_value, t.target_value, latest.actual) AS progress,
       indicator_track_of(i.direction, pi.baseline_value, t.target_value, latest.actual) AS track
FROM plan_indicator pi
JOIN indicator i ON i.id = pi.indicator_id
LEFT JOIN LATERAL (
    SELECT pa.year, pa.actual
    FROM period_actual pa
    WHERE pa.plan_id = pi.plan_id AND pa.plan_indicator_id = pi.id
    ORDER BY pa.year DESC
    LIMIT 1
) latest ON true
LEFT JOIN indicator_target t ON t.plan_indicator_id = pi.id AND t.year = latest.year
WHERE i.kind <> 'QUALITATIVE';

-- The framework documents now show kinds, breakdowns and narratives: rebuilt on their next read (ReadModels.document).
UPDATE framework_view SET document = NULL;

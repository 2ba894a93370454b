-- Read models, so that the two most read endpoints cost one indexed lookup each (issue 9, "Speed").

-- A framework's themes never change after the grant: one array column instead of a row per theme, so that the
-- framework is one row to write and to read.
ALTER TABLE framework ADD COLUMN themes TEXT[];
UPDATE framework f SET themes = coalesce(
    (SELECT array_agg(ft.theme_code ORDER BY ft.position) FROM framework_theme ft WHERE ft.plan_id = f.plan_id), '{}');
ALTER TABLE framework ALTER COLUMN themes SET NOT NULL;
DROP TABLE framework_theme;

-- GET /v1/plans/{planId}/framework answers with this document as it is: the response JSON, rewritten in the same
-- transaction as every change that shows in it (baselines, targets, approved measurements, period locks, completion),
-- under this row's lock. NULL until first read for frameworks created before this migration (built from the tables
-- then). The organisation is here so that the 404 for another organisation's plan needs no second row.
CREATE TABLE framework_view (
    plan_id                  UUID PRIMARY KEY REFERENCES framework (plan_id) ON DELETE CASCADE,
    housing_organisation_id  UUID NOT NULL,
    document                 JSON
);
INSERT INTO framework_view (plan_id, housing_organisation_id, document)
SELECT plan_id, housing_organisation_id, NULL FROM framework;

-- The same definition of current progress as V1's view, but with the latest approved value looked up per plan
-- indicator (index measurement_approved), so that a query for one plan reads that plan's rows only instead of
-- every approved measurement of every plan.
CREATE OR REPLACE VIEW indicator_progress AS
SELECT pi.id AS plan_indicator_id, pi.plan_id, i.theme_code, latest.year,
       pi.baseline_value, t.target_value, latest.value AS actual,
       indicator_progress_of(i.direction, pi.baseline_value, t.target_value, latest.value) AS progress,
       indicator_track_of(i.direction, pi.baseline_value, t.target_value, latest.value) AS track
FROM plan_indicator pi
JOIN indicator i ON i.id = pi.indicator_id
LEFT JOIN LATERAL (
    SELECT m.year, m.value
    FROM measurement m
    WHERE m.plan_indicator_id = pi.id AND m.status = 'APPROVED'
    ORDER BY m.year DESC, m.reviewed_at DESC, m.id DESC
    LIMIT 1
) latest ON true
LEFT JOIN indicator_target t ON t.plan_indicator_id = pi.id AND t.year = latest.year;

-- One plan's share of the theme report, per theme of the plan: its indicators by track, the sum and count of their
-- progress (so that the report's average over many plans is exact) and the theme's rating in the plan's latest
-- submitted evaluation. Rewritten by refresh_theme_progress in the transaction of every change that moves it; the
-- report adds up these rows instead of every plan's measurements.
CREATE TABLE theme_progress (
    plan_id                  UUID    NOT NULL REFERENCES framework (plan_id) ON DELETE CASCADE,
    theme_code               TEXT    NOT NULL,
    round_id                 TEXT    NOT NULL,
    housing_organisation_id  UUID    NOT NULL,
    indicators               INTEGER NOT NULL,
    on_track                 INTEGER NOT NULL,
    off_track                INTEGER NOT NULL,
    no_data                  INTEGER NOT NULL,
    progress_sum             NUMERIC,
    progress_count           INTEGER NOT NULL,
    rating                   INTEGER,
    PRIMARY KEY (plan_id, theme_code)
);
CREATE INDEX theme_progress_round ON theme_progress (round_id, housing_organisation_id);

-- Answers how many rows it wrote (one per theme of the plan).
CREATE FUNCTION refresh_theme_progress(plan UUID) RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
    written INTEGER;
BEGIN
    DELETE FROM theme_progress WHERE plan_id = plan;
    INSERT INTO theme_progress (plan_id, theme_code, round_id, housing_organisation_id, indicators, on_track,
                                off_track, no_data, progress_sum, progress_count, rating)
    SELECT f.plan_id, t.theme_code, f.round_id, f.housing_organisation_id,
           count(ip.plan_indicator_id),
           count(*) FILTER (WHERE ip.track = 'ON_TRACK'),
           count(*) FILTER (WHERE ip.track = 'OFF_TRACK'),
           count(*) FILTER (WHERE ip.track = 'NO_DATA'),
           sum(ip.progress), count(ip.progress),
           (SELECT a.rating FROM evaluation_assessment a
            WHERE a.theme_code = t.theme_code AND a.evaluation_id = (
                SELECT e.id FROM evaluation e WHERE e.plan_id = f.plan_id AND e.status = 'SUBMITTED'
                ORDER BY e.submitted_at DESC, e.id DESC LIMIT 1))
    FROM framework f
    CROSS JOIN LATERAL (SELECT DISTINCT unnest(f.themes)) AS t(theme_code)
    LEFT JOIN indicator_progress ip ON ip.plan_id = f.plan_id AND ip.theme_code = t.theme_code
    WHERE f.plan_id = plan
    GROUP BY f.plan_id, t.theme_code, f.round_id, f.housing_organisation_id;
    GET DIAGNOSTICS written = ROW_COUNT;
    RETURN written;
END
$$;

SELECT refresh_theme_progress(plan_id) FROM framework;

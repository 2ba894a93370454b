-- The theme report's sums, kept per round, theme and scope, so that a report reads one row per theme of the round
-- by key instead of adding up every plan's theme_progress rows (about 2.5 times the PostgreSQL time per report at
-- ten plans, and growing with the round). scope is 'round' for the whole round, or a housing organisation's id
-- for its own plans. Kept by refresh_theme_progress, in the transaction of the change: it takes the plan's old rows
-- out and puts its new ones in. Those updates lock the round's rows until commit; a round's writers queue there for
-- the rest of their transaction, which the rows being few and the reactions one at a time keep short.
CREATE TABLE theme_tally (
    round_id        TEXT    NOT NULL,
    scope           TEXT    NOT NULL,
    theme_code      TEXT    NOT NULL,
    plans           INTEGER NOT NULL,
    indicators      INTEGER NOT NULL,
    on_track        INTEGER NOT NULL,
    off_track       INTEGER NOT NULL,
    no_data         INTEGER NOT NULL,
    progress_sum    NUMERIC NOT NULL,
    progress_count  INTEGER NOT NULL,
    evaluations     INTEGER NOT NULL,
    rating_sum      INTEGER NOT NULL,
    rated_1         INTEGER NOT NULL,
    rated_2         INTEGER NOT NULL,
    rated_3         INTEGER NOT NULL,
    rated_4         INTEGER NOT NULL,
    rated_5         INTEGER NOT NULL,
    PRIMARY KEY (round_id, scope, theme_code)
);

-- Adds (factor 1) or takes out (factor -1) a plan's theme_progress rows, in the round's scope and its organisation's.
-- Rows are locked in key order, so two plans' changes cannot deadlock.
CREATE FUNCTION tally_theme_progress(plan UUID, factor INTEGER) RETURNS VOID LANGUAGE SQL AS $$
    INSERT INTO theme_tally AS t (round_id, scope, theme_code, plans, indicators, on_track, off_track, no_data,
                                  progress_sum, progress_count, evaluations, rating_sum,
                                  rated_1, rated_2, rated_3, rated_4, rated_5)
    SELECT tp.round_id, s.scope, tp.theme_code, factor, factor * tp.indicators, factor * tp.on_track,
           factor * tp.off_track, factor * tp.no_data, factor * coalesce(tp.progress_sum, 0), factor * tp.progress_count,
           factor * (tp.rating IS NOT NULL)::int, factor * coalesce(tp.rating, 0),
           factor * (tp.rating IS NOT DISTINCT FROM 1)::int, factor * (tp.rating IS NOT DISTINCT FROM 2)::int, factor * (tp.rating IS NOT DISTINCT FROM 3)::int,
           factor * (tp.rating IS NOT DISTINCT FROM 4)::int, factor * (tp.rating IS NOT DISTINCT FROM 5)::int
    FROM theme_progress tp
    CROSS JOIN LATERAL (VALUES ('round'), (tp.housing_organisation_id::text)) AS s(scope)
    WHERE tp.plan_id = plan
    ORDER BY tp.round_id, s.scope, tp.theme_code
    ON CONFLICT (round_id, scope, theme_code) DO UPDATE SET
        plans = t.plans + excluded.plans,
        indicators = t.indicators + excluded.indicators,
        on_track = t.on_track + excluded.on_track,
        off_track = t.off_track + excluded.off_track,
        no_data = t.no_data + excluded.no_data,
        progress_sum = t.progress_sum + excluded.progress_sum,
        progress_count = t.progress_count + excluded.progress_count,
        evaluations = t.evaluations + excluded.evaluations,
        rating_sum = t.rating_sum + excluded.rating_sum,
        rated_1 = t.rated_1 + excluded.rated_1,
        rated_2 = t.rated_2 + excluded.rated_2,
        rated_3 = t.rated_3 + excluded.rated_3,
        rated_4 = t.rated_4 + excluded.rated_4,
        rated_5 = t.rated_5 + excluded.rated_5;
$$;

-- As V3's, and now also keeps the tallies: the plan's old share out, its new share in.
CREATE OR REPLACE FUNCTION refresh_theme_progress(plan UUID) RETURNS INTEGER LANGUAGE plpgsql AS $$
DECLARE
    written INTEGER;
BEGIN
    PERFORM tally_theme_progress(plan, -1);
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
    PERFORM tally_theme_progress(plan, 1);
    RETURN written;
END
$$;

INSERT INTO theme_tally (round_id, scope, theme_code, plans, indicators, on_track, off_track, no_data, progress_sum,
                         progress_count, evaluations, rating_sum, rated_1, rated_2, rated_3, rated_4, rated_5)
SELECT tp.round_id, s.scope, tp.theme_code, count(*), sum(tp.indicators), sum(tp.on_track), sum(tp.off_track),
       sum(tp.no_data), coalesce(sum(tp.progress_sum), 0), sum(tp.progress_count), count(tp.rating),
       coalesce(sum(tp.rating), 0), count(*) FILTER (WHERE tp.rating = 1), count(*) FILTER (WHERE tp.rating = 2),
       count(*) FILTER (WHERE tp.rating = 3), count(*) FILTER (WHERE tp.rating = 4),
       count(*) FILTER (WHERE tp.rating = 5)
FROM theme_progress tp
CROSS JOIN LATERAL (VALUES ('round'), (tp.housing_organisation_id::text)) AS s(scope)
GROUP BY tp.round_id, s.scope, tp.theme_code;

package dk.kk.boligsocial.evaluation.persistence;

import dk.kk.boligsocial.evaluation.domain.Track;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/**
 * Progress computed in SQL, by the functions {@code indicator_progress_of} and {@code indicator_track_of} of the
 * V1 migration, so that a plan's framework and the portfolio report cannot disagree about it.
 */
@ApplicationScoped
public class ProgressQueries {

    /** The latest approved value of a plan indicator in one period, with that period's target and the progress. */
    public record PeriodProgress(UUID planIndicatorId, int year, BigDecimal actual, UUID measurementId,
            BigDecimal target, BigDecimal progress, Track track) {
    }

    /** One theme of a round across the (visible) plans of the round. */
    public record ThemeRow(String theme, String nameDa, String nameEn, long plans, long indicators, long onTrack,
            long offTrack, long noData, BigDecimal averageProgress, long evaluations, BigDecimal averageRating,
            List<Long> ratingCounts) {
    }

    private static final String PERIOD_PROGRESS = """
            select distinct on (m.plan_indicator_id, m.year)
                   m.plan_indicator_id, m.year, m.value, m.id, t.target_value,
                   indicator_progress_of(i.direction, pi.baseline_value, t.target_value, m.value),
                   indicator_track_of(i.direction, pi.baseline_value, t.target_value, m.value)
            from measurement m
            join plan_indicator pi on pi.id = m.plan_indicator_id
            join indicator i on i.id = pi.indicator_id
            left join indicator_target t on t.plan_indicator_id = pi.id and t.year = m.year
            where m.plan_id = ?1 and m.status = 'APPROVED'
            order by m.plan_indicator_id, m.year, m.reviewed_at desc, m.id desc""";

    private static final String THEME_REPORT = """
            with plans as (
                select plan_id from framework where round_id = ?1 %s
            ), themes as (
                select ft.theme_code, count(*) as plans
                from framework_theme ft join plans p on p.plan_id = ft.plan_id
                group by ft.theme_code
            ), progress as (
                select ip.theme_code, count(*) as indicators,
                       count(*) filter (where ip.track = 'ON_TRACK') as on_track,
                       count(*) filter (where ip.track = 'OFF_TRACK') as off_track,
                       count(*) filter (where ip.track = 'NO_DATA') as no_data,
                       round(avg(ip.progress), 4) as average_progress
                from indicator_progress ip join plans p on p.plan_id = ip.plan_id
                group by ip.theme_code
            ), latest as (
                select distinct on (e.plan_id) e.id
                from evaluation e join plans p on p.plan_id = e.plan_id
                where e.status = 'SUBMITTED'
                order by e.plan_id, e.submitted_at desc, e.id desc
            ), ratings as (
                select a.theme_code, count(*) as evaluations, round(avg(a.rating), 2) as average_rating,
                       count(*) filter (where a.rating = 1) as r1, count(*) filter (where a.rating = 2) as r2,
                       count(*) filter (where a.rating = 3) as r3, count(*) filter (where a.rating = 4) as r4,
                       count(*) filter (where a.rating = 5) as r5
                from evaluation_assessment a join latest l on l.id = a.evaluation_id
                group by a.theme_code
            )
            select rt.code, rt.name_da, rt.name_en, coalesce(t.plans, 0), coalesce(p.indicators, 0),
                   coalesce(p.on_track, 0), coalesce(p.off_track, 0), coalesce(p.no_data, 0), p.average_progress,
                   coalesce(r.evaluations, 0), r.average_rating, coalesce(r.r1, 0), coalesce(r.r2, 0),
                   coalesce(r.r3, 0), coalesce(r.r4, 0), coalesce(r.r5, 0)
            from round_theme rt
            left join themes t on t.theme_code = rt.code
            left join progress p on p.theme_code = rt.code
            left join ratings r on r.theme_code = rt.code
            where rt.round_id = ?1
            order by rt.position""";

    private final EntityManager em;

    public ProgressQueries(EntityManager em) {
        this.em = em;
    }

    public List<PeriodProgress> ofPlan(UUID planId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PERIOD_PROGRESS).setParameter(1, planId).getResultList();
        return rows.stream().map(r -> new PeriodProgress((UUID) r[0], ((Number) r[1]).intValue(),
                decimal(r[2], 2), (UUID) r[3], decimal(r[4], 2), decimal(r[5], 4), Track.valueOf((String) r[6]))).toList();
    }

    /** The report of a round; with an organisation, over that organisation's plans only. */
    public List<ThemeRow> themes(String roundId, UUID organisationId) {
        Query query = em.createNativeQuery(THEME_REPORT.formatted(
                organisationId == null ? "" : "and housing_organisation_id = ?2"));
        query.setParameter(1, roundId);
        if (organisationId != null) {
            query.setParameter(2, organisationId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new ThemeRow((String) r[0], (String) r[1], (String) r[2], count(r[3]),
                count(r[4]), count(r[5]), count(r[6]), count(r[7]), decimal(r[8], 4), count(r[9]), decimal(r[10], 2),
                List.of(count(r[11]), count(r[12]), count(r[13]), count(r[14]), count(r[15])))).toList();
    }

    private static long count(Object value) {
        return ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value, int scale) {
        if (value == null) {
            return null;
        }
        BigDecimal decimal = value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
        return decimal.setScale(scale, RoundingMode.HALF_UP);
    }
}

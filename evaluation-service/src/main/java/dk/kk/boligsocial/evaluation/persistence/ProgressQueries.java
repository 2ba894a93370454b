package dk.kk.boligsocial.evaluation.persistence;

import dk.kk.boligsocial.evaluation.domain.Track;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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

    // One theme_tally row per theme of the round, by key (kept by refresh_theme_progress, V4), instead of adding up
    // every plan's rows per request. A round this service does not know has no themes and so no rows.
    private static final String THEME_REPORT = """
            select rt.code, rt.name_da, rt.name_en, coalesce(t.plans, 0), coalesce(t.indicators, 0),
                   coalesce(t.on_track, 0), coalesce(t.off_track, 0), coalesce(t.no_data, 0),
                   round(t.progress_sum / nullif(t.progress_count, 0), 4),
                   coalesce(t.evaluations, 0), round(t.rating_sum::numeric / nullif(t.evaluations, 0), 2),
                   coalesce(t.rated_1, 0), coalesce(t.rated_2, 0), coalesce(t.rated_3, 0), coalesce(t.rated_4, 0),
                   coalesce(t.rated_5, 0)
            from round_theme rt
            left join theme_tally t on t.round_id = rt.round_id and t.scope = ?2 and t.theme_code = rt.code
            where rt.round_id = ?1
            order by rt.position""";

    /** The scope of theme_tally's rows for a whole round; otherwise it is an organisation's id. */
    private static final String WHOLE_ROUND = "round";

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

    /**
     * Rewrites the plan's rows of the theme report and the round's sums (refresh_theme_progress, V3 and V4), in the
     * caller's transaction: after any change that moves a track, a progress or the latest evaluation's ratings.
     */
    public void refreshThemeProgress(UUID planId) {
        em.createNativeQuery("select refresh_theme_progress(?1)").setParameter(1, planId).getSingleResult();
    }

    /**
     * The report of a round, one row per theme of the round in its order; with an organisation, over that
     * organisation's plans only. Empty for a round this service does not know.
     */
    public List<ThemeRow> themes(String roundId, UUID organisationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(THEME_REPORT).setParameter(1, roundId)
                .setParameter(2, organisationId == null ? WHOLE_ROUND : organisationId.toString()).getResultList();
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

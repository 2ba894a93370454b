package dk.kk.boligsocial.evaluation.persistence;

import dk.kk.boligsocial.evaluation.domain.Dimension;
import dk.kk.boligsocial.evaluation.domain.IndicatorKind;
import dk.kk.boligsocial.evaluation.domain.IndicatorUnit;
import dk.kk.boligsocial.evaluation.domain.Reporting;
import dk.kk.boligsocial.evaluation.domain.Track;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Progress computed in SQL, by the functions {@code indicator_progress_of} and {@code indicator_track_of} of the
 * V1 migration, so that a plan's framework and the portfolio report cannot disagree about it.
 */
@ApplicationScoped
public class ProgressQueries {

    /** The latest approved value of a plan indicator in one period, with that period's target and the progress. */
    public record PeriodProgress(UUID planIndicatorId, int year, BigDecimal actual, UUID measurementId,
            BigDecimal target, BigDecimal progress, Track track, BigDecimal numerator, BigDecimal denominator,
            String narrative) {
    }

    /** One part of the breakdown of a plan indicator's approved value of a period, as reported (not running). */
    public record PartRow(UUID planId, UUID planIndicatorId, UUID indicatorId, int year, Dimension dimension,
            String dimensionValue, BigDecimal amount, BigDecimal numerator, BigDecimal denominator) {
    }

    /** A catalogue indicator's approved actuals of one period added up across the (visible) plans of a round. */
    public record IndicatorTotals(UUID indicatorId, String code, String theme, IndicatorUnit unit, IndicatorKind kind,
            Reporting reporting, int year, long plans, BigDecimal sum, BigDecimal mean, BigDecimal numerator,
            BigDecimal denominator) {
    }

    /** One theme of a round across the (visible) plans of the round. */
    public record ThemeRow(String theme, String nameDa, String nameEn, long plans, long indicators, long onTrack,
            long offTrack, long noData, BigDecimal averageProgress, long evaluations, BigDecimal averageRating,
            List<Long> ratingCounts) {
    }

    // Each period's actual as period_actual (V9) has it: the latest approved value, or the running total of a
    // CUMULATIVE indicator.
    private static final String PERIOD_PROGRESS = """
            select pa.plan_indicator_id, pa.year, pa.actual, pa.measurement_id, t.target_value,
                   indicator_progress_of(i.direction, pi.baseline_value, t.target_value, pa.actual),
                   indicator_track_of(i.direction, pi.baseline_value, t.target_value, pa.actual),
                   pa.numerator, pa.denominator, pa.narrative
            from period_actual pa
            join plan_indicator pi on pi.id = pa.plan_indicator_id
            join indicator i on i.id = pi.indicator_id
            left join indicator_target t on t.plan_indicator_id = pi.id and t.year = pa.year
            where pa.plan_id = ?1
            order by pa.plan_indicator_id, pa.year""";

    private static final String PARTS = """
            select pa.plan_id, pa.plan_indicator_id, pi.indicator_id, pa.year, p.dimension, p.dimension_value, p.amount,
                   p.numerator, p.denominator
            from period_actual pa
            join measurement_part p on p.measurement_id = pa.measurement_id
            join plan_indicator pi on pi.id = pa.plan_indicator_id
            join indicator i on i.id = pi.indicator_id
            %s
            order by pa.plan_id, pa.plan_indicator_id, pa.year, p.dimension, p.dimension_value""";

    // The catalogue's indicators only: a plan's own indicator is not comparable across plans.
    private static final String ROUND_PLANS = """
            join framework f on f.plan_id = pa.plan_id
            where f.round_id = ?1 and (?2 = 'round' or cast(f.housing_organisation_id as text) = ?2)
              and i.plan_id is null and i.kind <> 'QUALITATIVE'""";

    private static final String INDICATOR_TOTALS = """
            select i.id, i.code, i.theme_code, i.unit, i.kind, i.reporting, pa.year, count(*), sum(pa.actual),
                   round(avg(pa.actual), 2), sum(pa.numerator), sum(pa.denominator)
            from period_actual pa
            join plan_indicator pi on pi.id = pa.plan_indicator_id
            join indicator i on i.id = pi.indicator_id
            %s
            group by i.id, i.code, i.round_id, i.theme_code, i.unit, i.kind, i.reporting, pa.year
            order by (select rt.position from round_theme rt where rt.round_id = i.round_id and rt.code = i.theme_code),
                     i.code, pa.year""".formatted(ROUND_PLANS);

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

    private static final String THEME_REPORT_VERSION = "select version from theme_report_version where round_id = ?";

    /** The tables the theme report reads: each must move the round's version when it changes (V13). */
    public static final Set<String> THEME_REPORT_TABLES = Pattern.compile("\\b(?:from|join)\\s+([a-z_]+)")
            .matcher(THEME_REPORT).results().map(m -> m.group(1)).collect(Collectors.toUnmodifiableSet());

    private final EntityManager em;
    private final AgroalDataSource dataSource;

    public ProgressQueries(EntityManager em, AgroalDataSource dataSource) {
        this.em = em;
        this.dataSource = dataSource;
    }

    /**
     * The round's theme report version (V13), which every change of what {@link #themes} reads moves on in the same
     * transaction, and which is never drawn twice; {@code null} for a round without one. One primary-key look-up, with
     * plain JDBC on the same data source (the report's hottest path when nothing changed).
     */
    public Long themeReportVersion(String roundId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(THEME_REPORT_VERSION)) {
            select.setString(1, roundId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the theme report version of round " + roundId, e);
        }
    }

    public List<PeriodProgress> ofPlan(UUID planId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PERIOD_PROGRESS).setParameter(1, planId).getResultList();
        return rows.stream().map(r -> new PeriodProgress((UUID) r[0], ((Number) r[1]).intValue(),
                decimal(r[2], 2), (UUID) r[3], decimal(r[4], 2), decimal(r[5], 4), Track.valueOf((String) r[6]),
                decimal(r[7], 2), decimal(r[8], 2), (String) r[9])).toList();
    }

    /** The breakdowns of the plan's approved values, per plan indicator and period, as reported. */
    public List<PartRow> partsOfPlan(UUID planId) {
        return parts(em.createNativeQuery(PARTS.formatted("where pa.plan_id = ?1")).setParameter(1, planId));
    }

    /** The breakdowns of the approved values of the round's (or the organisation's) catalogue indicators. */
    public List<PartRow> partsOfRound(String roundId, UUID organisationId) {
        return parts(em.createNativeQuery(PARTS.formatted(ROUND_PLANS)).setParameter(1, roundId)
                .setParameter(2, scope(organisationId)));
    }

    /** The round's (or the organisation's) catalogue indicators, per period, added up across plans; in the round's theme order. */
    public List<IndicatorTotals> indicatorTotals(String roundId, UUID organisationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(INDICATOR_TOTALS).setParameter(1, roundId)
                .setParameter(2, scope(organisationId)).getResultList();
        return rows.stream().map(r -> new IndicatorTotals((UUID) r[0], (String) r[1], (String) r[2],
                IndicatorUnit.valueOf((String) r[3]), IndicatorKind.valueOf((String) r[4]),
                Reporting.valueOf((String) r[5]), ((Number) r[6]).intValue(), count(r[7]), decimal(r[8], 2),
                decimal(r[9], 2), decimal(r[10], 2), decimal(r[11], 2))).toList();
    }

    private static List<PartRow> parts(jakarta.persistence.Query query) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new PartRow((UUID) r[0], (UUID) r[1], (UUID) r[2], ((Number) r[3]).intValue(),
                Dimension.valueOf((String) r[4]), (String) r[5], decimal(r[6], 2), decimal(r[7], 2),
                decimal(r[8], 2))).toList();
    }

    private static String scope(UUID organisationId) {
        return organisationId == null ? WHOLE_ROUND : organisationId.toString();
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
                .setParameter(2, scope(organisationId)).getResultList();
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

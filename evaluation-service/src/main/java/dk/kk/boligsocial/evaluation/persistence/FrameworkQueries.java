package dk.kk.boligsocial.evaluation.persistence;

import dk.kk.boligsocial.evaluation.domain.Dimension;
import dk.kk.boligsocial.evaluation.domain.IndicatorDirection;
import dk.kk.boligsocial.evaluation.domain.IndicatorKind;
import dk.kk.boligsocial.evaluation.domain.IndicatorUnit;
import dk.kk.boligsocial.evaluation.domain.Reporting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A plan's framework as rows for its view: one query per part, whatever the number of indicators, periods and
 * targets. Projections, not entities, on purpose: an entity loaded earlier in the transaction would be answered from
 * the session as it was then, and the view must show what is committed once its lock is held.
 */
@ApplicationScoped
public class FrameworkQueries {

    public record FrameworkRow(UUID planId, String title, String roundId, UUID housingOrganisationId,
            List<String> themes, List<UUID> housingAreaIds, LocalDate periodStart, LocalDate periodEnd, String status, Instant completedAt,
            Instant createdAt) {
    }

    /** A plan indicator with its catalogue indicator, in the framework's order. */
    public record IndicatorRow(UUID planIndicatorId, UUID indicatorId, String code, String theme, String nameDa,
            String nameEn, IndicatorUnit unit, IndicatorDirection direction, BigDecimal scoreMin, BigDecimal scoreMax,
            BigDecimal baselineValue, LocalDate baselineDate, String baselineSource, String reporter, long version,
            IndicatorKind kind, Reporting reporting, List<Dimension> dimensions) {
    }

    public record TargetRow(UUID planIndicatorId, int year, BigDecimal value) {
    }

    public record TargetPartRow(UUID planIndicatorId, int year, Dimension dimension, String dimensionValue,
            BigDecimal value) {
    }

    public record DroppedRow(UUID indicatorId, String code, String reason, String droppedBy, Instant droppedAt) {
    }

    /** A reporting period with one of its lock changes (none: action null), oldest change first. */
    public record PeriodRow(int year, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn, String dueOnSetBy,
            boolean locked, String action, String actor, Instant changedAt) {
    }

    private static final String FRAMEWORK = """
            select plan_id, title, round_id, housing_organisation_id, themes, period_start, period_end, status,
                   completed_at, created_at, array_to_string(housing_area_ids, ',')
            from framework where plan_id = ?1""";

    private static final String INDICATORS = """
            select pi.id, i.id, i.code, i.theme_code, i.name_da, i.name_en, i.unit, i.direction, i.score_min,
                   i.score_max, pi.baseline_value, pi.baseline_date, pi.baseline_source, pi.reporter, pi.version,
                   i.kind, i.reporting, array_to_string(i.dimensions, ',')
            from plan_indicator pi join indicator i on i.id = pi.indicator_id
            where pi.plan_id = ?1 %s
            order by pi.position""";

    private static final String TARGETS = """
            select t.plan_indicator_id, t.year, t.target_value
            from indicator_target t join plan_indicator pi on pi.id = t.plan_indicator_id
            where pi.plan_id = ?1
            order by t.year""";

    private static final String TARGET_PARTS = """
            select t.plan_indicator_id, t.year, t.dimension, t.dimension_value, t.target_value
            from indicator_target_part t join plan_indicator pi on pi.id = t.plan_indicator_id
            where pi.plan_id = ?1
            order by t.year, t.dimension, t.dimension_value""";

    private static final String PERIODS = """
            select p.year, p.starts_on, p.ends_on, p.due_on, p.due_on_set_by, p.locked, c.action, c.actor, c.changed_at
            from reporting_period p left join period_lock_change c on c.period_id = p.id
            where p.plan_id = ?1
            order by p.year, c.changed_at, c.id""";

    private static final String DROPPED = """
            select d.indicator_id, i.code, d.reason, d.dropped_by, d.dropped_at
            from plan_indicator_drop d join indicator i on i.id = d.indicator_id
            where d.plan_id = ?1
            order by d.dropped_at, d.id""";

    private final EntityManager em;

    public FrameworkQueries(EntityManager em) {
        this.em = em;
    }

    public Optional<FrameworkRow> framework(UUID planId) {
        List<Object[]> rows = rows(em.createNativeQuery(FRAMEWORK).setParameter(1, planId));
        return rows.stream().findFirst().map(r -> new FrameworkRow((UUID) r[0], (String) r[1], (String) r[2],
                (UUID) r[3], themes(r[4]), split((String) r[10]).stream().map(UUID::fromString).toList(), date(r[5]), date(r[6]), (String) r[7], instant(r[8]), instant(r[9])));
    }

    public List<IndicatorRow> indicators(UUID planId) {
        return indicatorRows(em.createNativeQuery(INDICATORS.formatted("")).setParameter(1, planId));
    }

    /** The one indicator of the plan's framework, if it is one. */
    public Optional<IndicatorRow> indicator(UUID planId, UUID indicatorId) {
        return indicatorRows(em.createNativeQuery(INDICATORS.formatted("and pi.indicator_id = ?2"))
                .setParameter(1, planId).setParameter(2, indicatorId)).stream().findFirst();
    }

    /** Every target of the plan's indicators, in year order. */
    public List<TargetRow> targets(UUID planId) {
        List<Object[]> rows = rows(em.createNativeQuery(TARGETS).setParameter(1, planId));
        return rows.stream().map(r -> new TargetRow((UUID) r[0], ((Number) r[1]).intValue(), (BigDecimal) r[2])).toList();
    }

    /** Every target part of the plan's indicators, by year, dimension and value. */
    public List<TargetPartRow> targetParts(UUID planId) {
        List<Object[]> rows = rows(em.createNativeQuery(TARGET_PARTS).setParameter(1, planId));
        return rows.stream().map(r -> new TargetPartRow((UUID) r[0], ((Number) r[1]).intValue(),
                Dimension.valueOf((String) r[2]), (String) r[3], (BigDecimal) r[4])).toList();
    }

    /** The indicators dropped from the plan's framework, oldest first. */
    public List<DroppedRow> dropped(UUID planId) {
        List<Object[]> rows = rows(em.createNativeQuery(DROPPED).setParameter(1, planId));
        return rows.stream().map(r -> new DroppedRow((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                instant(r[4]))).toList();
    }

    public List<PeriodRow> periods(UUID planId) {
        List<Object[]> rows = rows(em.createNativeQuery(PERIODS).setParameter(1, planId));
        return rows.stream().map(r -> new PeriodRow(((Number) r[0]).intValue(), date(r[1]), date(r[2]), date(r[3]),
                (String) r[4], (Boolean) r[5], (String) r[6], (String) r[7], instant(r[8]))).toList();
    }

    private List<IndicatorRow> indicatorRows(Query query) {
        List<Object[]> rows = rows(query);
        return rows.stream().map(r -> new IndicatorRow((UUID) r[0], (UUID) r[1], (String) r[2], (String) r[3],
                (String) r[4], (String) r[5], r[6] == null ? null : IndicatorUnit.valueOf((String) r[6]),
                IndicatorDirection.valueOf((String) r[7]), (BigDecimal) r[8], (BigDecimal) r[9], (BigDecimal) r[10],
                date(r[11]), (String) r[12], (String) r[13], ((Number) r[14]).longValue(),
                IndicatorKind.valueOf((String) r[15]), Reporting.valueOf((String) r[16]),
                split((String) r[17]).stream().map(Dimension::valueOf).toList())).toList();
    }

    // Arrays come as array_to_string's text, which every driver and Hibernate version answers alike.
    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    // Native queries answer dates and timestamps as the driver gives them; these take either form.
    private static LocalDate date(Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        return ((Date) value).toLocalDate();
    }

    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    private static List<String> themes(Object value) {
        if (value instanceof Object[] array) {
            return Arrays.stream(array).map(String.class::cast).toList();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String.class::cast).toList();
        }
        try {
            return List.of((String[]) ((Array) value).getArray());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the themes of a framework", e);
        }
    }
}

package dk.kk.boligsocial.evaluation.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The two sides of kroner per outcome for a round, two statements whatever its size: the plans with their themes and
 * their money (as funding-service announced it), and every plan indicator with its baseline and its latest approved
 * number. An organisation's report reads its own plans only.
 */
@ApplicationScoped
public class PortfolioQueries {

    /** A plan of the round with its themes in the plan's order, and its money if funding announced any. */
    public record PlanRow(UUID planId, String title, UUID housingOrganisationId, List<String> themes,
                          boolean moneyKnown, BigDecimal committed, BigDecimal paid, boolean closed) {
    }

    /** A plan indicator: its baseline and the latest approved number (null where there is none). */
    public record IndicatorRow(UUID planId, String code, String theme, String unit, String direction,
                               BigDecimal baseline, Integer latestYear, BigDecimal latest) {
    }

    private static final String PLANS = """
            select f.plan_id, f.title, f.housing_organisation_id,
                   array_to_string(f.themes, ','),
                   m.plan_id is not null, coalesce(m.committed, 0), coalesce(m.paid, 0), coalesce(m.closed, false)
            from framework f left join plan_money m on m.plan_id = f.plan_id
            where f.round_id = ?1 and (?2 = '' or f.housing_organisation_id = cast(nullif(?2, '') as uuid))
            order by f.created_at, f.plan_id""";

    // the latest approved number of each plan indicator, as its progress counts it (indicator_progress, V9: a
    // cumulative indicator's running total, a ratio's from its numerators and denominators); qualitative indicators
    // have no number and are not in the view
    private static final String INDICATORS = """
            select pi.plan_id, i.code, i.theme_code, i.unit, i.direction, pi.baseline_value, ip.year, ip.actual
            from framework f
            join plan_indicator pi on pi.plan_id = f.plan_id
            join indicator i on i.id = pi.indicator_id
            join indicator_progress ip on ip.plan_indicator_id = pi.id
            where f.round_id = ?1 and (?2 = '' or f.housing_organisation_id = cast(nullif(?2, '') as uuid))
            order by pi.plan_id, pi.position""";

    /** The organisation parameter of a report over the whole round. */
    private static final String WHOLE_ROUND = "";

    private final EntityManager em;

    public PortfolioQueries(EntityManager em) {
        this.em = em;
    }

    public List<PlanRow> plans(String roundId, UUID organisationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(PLANS).setParameter(1, roundId)
                .setParameter(2, organisationId == null ? WHOLE_ROUND : organisationId.toString()).getResultList();
        return rows.stream().map(r -> new PlanRow((UUID) r[0], (String) r[1], (UUID) r[2],
                r[3] == null ? List.of() : Arrays.asList(((String) r[3]).split(",")), (Boolean) r[4],
                money(r[5]), money(r[6]), (Boolean) r[7])).toList();
    }

    public List<IndicatorRow> indicators(String roundId, UUID organisationId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(INDICATORS).setParameter(1, roundId)
                .setParameter(2, organisationId == null ? WHOLE_ROUND : organisationId.toString()).getResultList();
        return rows.stream().map(r -> new IndicatorRow((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], (BigDecimal) r[5], r[6] == null ? null : ((Number) r[6]).intValue(),
                (BigDecimal) r[7])).toList();
    }

    private static BigDecimal money(Object value) {
        return ((BigDecimal) value).setScale(2);
    }
}

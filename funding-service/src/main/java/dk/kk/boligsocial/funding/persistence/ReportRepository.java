package dk.kk.boligsocial.funding.persistence;

import dk.kk.boligsocial.funding.domain.BudgetSource;
import dk.kk.boligsocial.funding.domain.CoFinancingRule;
import dk.kk.boligsocial.funding.domain.Pool;
import dk.kk.boligsocial.funding.domain.PoolYear;
import dk.kk.boligsocial.funding.domain.YearHolding;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The round report's figures in one statement, from the running sums (V3): the pool with its years, rules and
 * holdings, the ledger by source and year, and the plans by state with their budget totals. Each part is a few rows
 * however many plans the round has, so the report costs the same for 10 plans and for 10,000. The round's version
 * (V11) tells whether figures read before are still today's.
 */
@ApplicationScoped
public class ReportRepository {

    /** Ledger sums of one source in one year. */
    public record SourceYearSums(BudgetSource source, int year, BigDecimal reserved, BigDecimal committed,
                                 BigDecimal disbursed) {
    }

    /** What went back out of commitments (amendments lowering a grant, close-outs) for one source and year. */
    public record Returned(BudgetSource source, int year, BigDecimal amount) {
    }

    /** The disbursement schedule of one source and year by status (today's, also in an "as of" report). */
    public record ScheduleSums(BudgetSource source, int year, BigDecimal planned, BigDecimal approved,
                               BigDecimal paid) {
    }

    /** Plan volume and municipal co-financing of the plans that hold money. */
    public record Volume(long plans, BigDecimal planVolume, BigDecimal municipal) {
    }

    /**
     * @param pool     the round's pool, or {@code null}
     * @param rule     the round's co-financing rules (none switched on if it has none)
     * @param holdings what the pool holds per year (empty without a pool)
     * @param volume   the plans holding money now (RESERVED or COMMITTED), with their budgets
     * @param atGrant  the plans as decided: RESERVED ones with their budgets, granted ones (COMMITTED or CLOSED)
     *                 with what their grant gave, before amendments and close-out
     */
    public record RoundFigures(Pool pool, CoFinancingRule rule, List<YearHolding> holdings, List<SourceYearSums> sums,
                               Map<String, Long> plansByState, Volume volume, Volume atGrant,
                               List<Returned> returned, List<ScheduleSums> schedule) {
    }

    // One row per figure, tagged by kind; the columns mean what the kind says (see round()).
    private static final String FIGURES = """
            SELECT 'A_POOL' AS kind, p.name AS label, NULL::int AS year, p.capacity AS a,
                   r.housing_organisation_match_ratio AS b, r.minimum_local_share AS c, p.version AS n, NULL::bigint AS m,
                   p.created_at AS at, p.id AS id
              FROM pool p LEFT JOIN co_financing_rule r ON r.round_id = p.round_id WHERE p.round_id = ?1
            UNION ALL
            SELECT 'B_YEAR', NULL, y.year, y.capacity, NULL, NULL, NULL, NULL, NULL, NULL
              FROM pool_year y JOIN pool p ON p.id = y.pool_id WHERE p.round_id = ?1
            UNION ALL
            SELECT 'C_HELD', NULL, s.year, s.reserved, s.committed, s.disbursed, NULL, NULL, NULL, NULL
              FROM pool_ledger_sum s JOIN pool p ON p.id = s.pool_id WHERE p.round_id = ?1
            UNION ALL
            SELECT 'D_LEDGER', s.source, s.year, s.reserved, s.committed, s.disbursed, NULL, NULL, NULL, NULL
              FROM round_ledger_sum s WHERE s.round_id = ?1
            UNION ALL
            SELECT 'D_RETURNED', s.source, s.year, s.returned, NULL, NULL, NULL, NULL, NULL, NULL
              FROM round_ledger_sum s WHERE s.round_id = ?1 AND s.returned <> 0
            UNION ALL
            SELECT 'E_PLANS', s.state, NULL, s.volume, s.municipal, NULL, s.plans, s.funded_plans, NULL, NULL
              FROM round_plan_sum s WHERE s.round_id = ?1 AND s.plans > 0
            UNION ALL
            SELECT 'F_SCHEDULE', d.source, d.year, sum(d.amount) FILTER (WHERE d.status = 'PLANNED'),
                   sum(d.amount) FILTER (WHERE d.status = 'APPROVED'), sum(d.amount) FILTER (WHERE d.status = 'PAID'),
                   NULL, NULL, NULL, NULL
              FROM disbursement d WHERE d.round_id = ?1 AND d.status IN ('PLANNED', 'APPROVED', 'PAID')
             GROUP BY d.source, d.year
            UNION ALL
            SELECT 'G_GRANTED', s.state, NULL, s.granted_volume, s.granted_municipal, NULL, s.granted_plans, NULL, NULL, NULL
              FROM round_plan_sum s WHERE s.round_id = ?1 AND s.granted_plans > 0
            ORDER BY kind, label, year""";

    // "As of" a date: what the pool holds and the ledger sums from the entries effective by then (a scan of the round's
    // entries, not the running sums, which only know the present); the plans by state are today's.
    private static final String FIGURES_AS_OF = FIGURES
            .replace("""
                    SELECT 'C_HELD', NULL, s.year, s.reserved, s.committed, s.disbursed, NULL, NULL, NULL, NULL
                      FROM pool_ledger_sum s JOIN pool p ON p.id = s.pool_id WHERE p.round_id = ?1""", """
                    SELECT 'C_HELD', NULL, e.year, %s, NULL, NULL, NULL, NULL
                      FROM ledger_entry e JOIN pool p ON p.id = e.pool_id WHERE p.round_id = ?1 AND e.effective_on <= ?2
                     GROUP BY e.year""".formatted(Sums.EXPRESSIONS))
            .replace("""
                    SELECT 'D_LEDGER', s.source, s.year, s.reserved, s.committed, s.disbursed, NULL, NULL, NULL, NULL
                      FROM round_ledger_sum s WHERE s.round_id = ?1""", """
                    SELECT 'D_LEDGER', e.source, e.year, %s, NULL, NULL, NULL, NULL
                      FROM ledger_entry e WHERE e.round_id = ?1 AND e.effective_on <= ?2
                     GROUP BY e.source, e.year""".formatted(Sums.EXPRESSIONS))
            .replace("""
                    SELECT 'D_RETURNED', s.source, s.year, s.returned, NULL, NULL, NULL, NULL, NULL, NULL
                      FROM round_ledger_sum s WHERE s.round_id = ?1 AND s.returned <> 0""", """
                    SELECT 'D_RETURNED', e.source, e.year, sum(e.amount), NULL, NULL, NULL, NULL, NULL, NULL
                      FROM ledger_entry e WHERE e.round_id = ?1 AND e.effective_on <= ?2 AND e.kind = 'COMMITMENT_RELEASE'
                     GROUP BY e.source, e.year""");

    /** The running sums' arithmetic (V3), over ledger entries. */
    private static final class Sums {
        static final String EXPRESSIONS = "coalesce(sum(CASE e.kind WHEN 'RESERVATION' THEN e.amount"
                + " WHEN 'RELEASE' THEN -e.amount ELSE 0 END), 0),"
                + " coalesce(sum(CASE e.kind WHEN 'COMMITMENT' THEN e.amount WHEN 'COMMITMENT_RELEASE' THEN -e.amount"
                + " ELSE 0 END), 0),"
                + " coalesce(sum(CASE e.kind WHEN 'DISBURSEMENT' THEN e.amount WHEN 'DISBURSEMENT_REVERSAL' THEN -e.amount"
                + " ELSE 0 END), 0)";
    }

    /** One plan's sums for the per-plan allocation (see {@link #planSums}). */
    public record PlanSums(BigDecimal municipalReserved, BigDecimal municipalCommitted, BigDecimal committed,
                           BigDecimal disbursed, BigDecimal returnedToPool, BigDecimal planned, BigDecimal approved,
                           BigDecimal dueButUnpaid) {

        public static final PlanSums NONE = new PlanSums(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    private static final String PLAN_LEDGER = """
            SELECT e.plan_id,
                   coalesce(sum(CASE WHEN e.source = 'MUNICIPALITY' AND e.kind = 'RESERVATION' THEN e.amount
                                     WHEN e.source = 'MUNICIPALITY' AND e.kind = 'RELEASE' THEN -e.amount ELSE 0 END), 0),
                   coalesce(sum(CASE WHEN e.source = 'MUNICIPALITY' AND e.kind = 'COMMITMENT' THEN e.amount
                                     WHEN e.source = 'MUNICIPALITY' AND e.kind = 'COMMITMENT_RELEASE' THEN -e.amount
                                     ELSE 0 END), 0),
                   coalesce(sum(CASE e.kind WHEN 'COMMITMENT' THEN e.amount WHEN 'COMMITMENT_RELEASE' THEN -e.amount
                                     ELSE 0 END), 0),
                   coalesce(sum(CASE e.kind WHEN 'DISBURSEMENT' THEN e.amount WHEN 'DISBURSEMENT_REVERSAL' THEN -e.amount
                                     ELSE 0 END), 0),
                   coalesce(sum(CASE WHEN e.source = 'MUNICIPALITY' AND e.kind = 'COMMITMENT_RELEASE' THEN e.amount
                                     ELSE 0 END), 0)
              FROM ledger_entry e WHERE e.plan_id IN (:plans) GROUP BY e.plan_id""";

    private static final String PLAN_SCHEDULE = """
            SELECT d.plan_id,
                   coalesce(sum(d.amount) FILTER (WHERE d.status = 'PLANNED'), 0),
                   coalesce(sum(d.amount) FILTER (WHERE d.status = 'APPROVED'), 0),
                   coalesce(sum(d.amount) FILTER (WHERE d.status IN ('PLANNED', 'APPROVED') AND d.year < :year), 0)
              FROM disbursement d WHERE d.plan_id IN (:plans) GROUP BY d.plan_id""";

    /**
     * The ledger's and the schedule's sums of a page of plans, two statements whatever the page's size.
     *
     * @param currentYear the report day's year: what is planned or approved for an earlier year is due
     */
    public Map<UUID, PlanSums> planSums(List<UUID> plans, int currentYear) {
        Map<UUID, PlanSums> sums = new LinkedHashMap<>();
        if (plans.isEmpty()) {
            return sums;
        }
        for (Object row : entityManager.createNativeQuery(PLAN_LEDGER).setParameter("plans", plans).getResultList()) {
            Object[] r = (Object[]) row;
            sums.put((UUID) r[0], new PlanSums(money(r[1]), money(r[2]), money(r[3]), money(r[4]), money(r[5]),
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO));
        }
        for (Object row : entityManager.createNativeQuery(PLAN_SCHEDULE).setParameter("plans", plans)
                .setParameter("year", currentYear).getResultList()) {
            Object[] r = (Object[]) row;
            PlanSums ledger = sums.getOrDefault((UUID) r[0], PlanSums.NONE);
            sums.put((UUID) r[0], new PlanSums(ledger.municipalReserved(), ledger.municipalCommitted(),
                    ledger.committed(), ledger.disbursed(), ledger.returnedToPool(), money(r[1]), money(r[2]),
                    money(r[3])));
        }
        return sums;
    }

    private static final String VERSION = "SELECT version FROM round_report_version WHERE round_id = ?";

    /** The tables today's report reads: each must move the round's version when it changes (V11). */
    public static final Set<String> TABLES_READ = Pattern.compile("\\b(?:FROM|JOIN)\\s+([a-z_]+)").matcher(FIGURES)
            .results().map(m -> m.group(1)).collect(Collectors.toUnmodifiableSet());

    private final EntityManager entityManager;
    private final AgroalDataSource dataSource;

    public ReportRepository(EntityManager entityManager, AgroalDataSource dataSource) {
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    /** Today's figures of the round. */
    public RoundFigures round(String roundId) {
        return figures(entityManager.createNativeQuery(FIGURES).setParameter(1, roundId).getResultList(), roundId);
    }

    /**
     * The round's version (V11), which every change of what {@link #round(String)} reads moves on in the same
     * transaction, and which is never drawn twice; {@code null} for a round nothing is known of. One primary-key
     * look-up, with plain JDBC on the same data source.
     */
    public Long version(String roundId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(VERSION)) {
            select.setString(1, roundId);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : null;
            }
        } catch (SQLException e) {
            throw new PersistenceException("Could not read the version of round " + roundId, e);
        }
    }

    /** The figures as of the end of {@code asOf}: the ledger entries effective on or before it. */
    public RoundFigures round(String roundId, LocalDate asOf) {
        if (FIGURES_AS_OF.contains("ledger_sum")) {
            throw new IllegalStateException("the as-of query still reads the running sums");
        }
        return figures(entityManager.createNativeQuery(FIGURES_AS_OF).setParameter(1, roundId).setParameter(2, asOf)
                .getResultList(), roundId);
    }

    private RoundFigures figures(List<?> rows, String roundId) {
        Object[] pool = null;
        List<PoolYear> years = new ArrayList<>();
        List<YearHolding> holdings = new ArrayList<>();
        List<SourceYearSums> sums = new ArrayList<>();
        List<Returned> returned = new ArrayList<>();
        List<ScheduleSums> schedule = new ArrayList<>();
        Map<String, Long> plansByState = new LinkedHashMap<>();
        long fundedPlans = 0;
        BigDecimal volume = BigDecimal.ZERO;
        BigDecimal municipal = BigDecimal.ZERO;
        long grantedPlans = 0;
        BigDecimal grantedVolume = BigDecimal.ZERO;
        BigDecimal grantedMunicipal = BigDecimal.ZERO;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            switch ((String) r[0]) {
                case "A_POOL" -> pool = r;
                case "B_YEAR" -> years.add(new PoolYear(year(r), (BigDecimal) r[3]));
                case "C_HELD" -> holdings.add(new YearHolding(year(r), money(r[3]), money(r[4]), money(r[5])));
                case "D_LEDGER" -> sums.add(new SourceYearSums(BudgetSource.valueOf((String) r[1]), year(r),
                        money(r[3]), money(r[4]), money(r[5])));
                case "D_RETURNED" -> returned.add(new Returned(BudgetSource.valueOf((String) r[1]), year(r), money(r[3])));
                case "F_SCHEDULE" -> schedule.add(new ScheduleSums(BudgetSource.valueOf((String) r[1]), year(r),
                        orZero(r[3]), orZero(r[4]), orZero(r[5])));
                case "E_PLANS" -> {
                    String state = (String) r[1];
                    plansByState.put(state, ((Number) r[6]).longValue());
                    // the leverage counts the plans holding money
                    if (state.equals("RESERVED") || state.equals("COMMITTED")) {
                        fundedPlans += ((Number) r[7]).longValue();
                        volume = volume.add((BigDecimal) r[3]);
                        municipal = municipal.add((BigDecimal) r[4]);
                    }
                    // not granted yet: as decided so far, i.e. as reserved
                    if (state.equals("RESERVED")) {
                        grantedPlans += ((Number) r[7]).longValue();
                        grantedVolume = grantedVolume.add((BigDecimal) r[3]);
                        grantedMunicipal = grantedMunicipal.add((BigDecimal) r[4]);
                    }
                }
                case "G_GRANTED" -> {
                    grantedPlans += ((Number) r[6]).longValue();
                    grantedVolume = grantedVolume.add((BigDecimal) r[3]);
                    grantedMunicipal = grantedMunicipal.add((BigDecimal) r[4]);
                }
                default -> throw new IllegalStateException("unknown figure " + r[0]);
            }
        }
        Pool restored = pool == null ? null : Pool.restored((UUID) pool[9], roundId, (String) pool[1],
                (BigDecimal) pool[3], years, ((Number) pool[6]).longValue(), instant(pool[8]));
        CoFinancingRule rule = pool == null ? CoFinancingRule.none(roundId)
                : new CoFinancingRule(roundId, (BigDecimal) pool[4], (BigDecimal) pool[5]);
        return new RoundFigures(restored, rule, holdings, sums, plansByState,
                new Volume(fundedPlans, money(volume), money(municipal)),
                new Volume(grantedPlans, money(grantedVolume), money(grantedMunicipal)), returned, schedule);
    }

    private static BigDecimal orZero(Object value) {
        return value == null ? BigDecimal.ZERO.setScale(2) : money(value);
    }

    private static int year(Object[] row) {
        return ((Number) row[2]).intValue();
    }

    private static BigDecimal money(Object value) {
        return LedgerRepository.money(value);
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass());
    }
}

package dk.kk.boligsocial.funding.persistence;

import dk.kk.boligsocial.funding.domain.BudgetSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The round report's figures, each one aggregate query over the ledger or the plans' budgets. */
@ApplicationScoped
public class ReportRepository {

    /** Ledger sums of one source in one year. */
    public record SourceYearSums(BudgetSource source, int year, BigDecimal reserved, BigDecimal committed,
                                 BigDecimal disbursed) {
    }

    /** Plan volume and municipal co-financing of the plans that hold money. */
    public record Volume(long plans, BigDecimal planVolume, BigDecimal municipal) {
    }

    private final EntityManager entityManager;

    public ReportRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<SourceYearSums> sums(String roundId) {
        List<?> rows = entityManager.createNativeQuery("SELECT source, year, " + LedgerRepository.SUMS
                        + " FROM ledger_entry WHERE round_id = ?1 GROUP BY source, year ORDER BY source, year")
                .setParameter(1, roundId)
                .getResultList();
        return rows.stream().map(r -> (Object[]) r)
                .map(r -> new SourceYearSums(BudgetSource.valueOf((String) r[0]), ((Number) r[1]).intValue(),
                        LedgerRepository.money(r[2]), LedgerRepository.money(r[3]), LedgerRepository.money(r[4])))
                .toList();
    }

    public Map<String, Long> plansByState(String roundId) {
        List<?> rows = entityManager.createNativeQuery(
                        "SELECT state, count(*) FROM plan_funding WHERE round_id = ?1 GROUP BY state ORDER BY state")
                .setParameter(1, roundId)
                .getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.stream().map(r -> (Object[]) r).forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    public Volume volume(String roundId) {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                        SELECT count(DISTINCT p.plan_id),
                               coalesce(sum(b.amount), 0),
                               coalesce(sum(b.amount) FILTER (WHERE b.source = 'MUNICIPALITY'), 0)
                        FROM plan_funding p JOIN plan_budget_line b ON b.plan_id = p.plan_id
                        WHERE p.round_id = ?1 AND p.state IN ('RESERVED', 'COMMITTED')""")
                .setParameter(1, roundId)
                .getSingleResult();
        return new Volume(((Number) row[0]).longValue(), LedgerRepository.money(row[1]), LedgerRepository.money(row[2]));
    }
}
